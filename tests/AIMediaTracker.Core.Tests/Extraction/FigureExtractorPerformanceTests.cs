using System.Diagnostics;
using System.Text;
using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Tests.Extraction;

public sealed class FigureExtractorPerformanceTests
{
    // A news article's mix: most sentences carry no figure, a few carry several.
    private static readonly string[] Sentences =
    [
        "Dans le secteur du cinéma, de la télévision et de l'animation, qui emploie près de 550 000 personnes, environ 21% d'emplois devraient être touchés d'ici 2026.",
        "Les conversations autour de Sora reflètent un microcosme du débat plus large autour de l'IA dans les industries créatives.",
        "Le Forum prévoit la création de 170 millions d'emplois d'ici à 2030 et la disparition de 92 millions d'autres, soit un solde positif de 78 millions.",
        "Le défi reste entier : comment exploiter le pouvoir de l'IA, non pas pour remplacer la créativité humaine, mais pour catalyser de nouvelles formes d'expression.",
        "Camille Arnaud, 33 ans, traductrice installée à Lyon, travaillait depuis 2019 pour l'application, raconte-t-elle le 12 janvier 2024.",
        "« Les plateformes nous transforment en correcteurs de machines, et au tarif de correcteurs », dénonce Hugo Pellerin, président du collectif.",
        "Près d'un traducteur indépendant sur deux a vu ses commandes baisser, selon une enquête menée auprès de 1 200 adhérents.",
        "Reste que, pour les utilisateurs de l'application, rien ne change en apparence : les exercices continuent d'arriver.",
    ];

#if DEBUG
    // Debug builds run unoptimised code: only a runaway pattern would break this bound.
    private const double BudgetMs = 100;
    private const int Rounds = 1;
#else
    private const double BudgetMs = 2;
    private const int Rounds = 15;
#endif

    [Fact]
    public void Extracts_a_five_kilobyte_article_in_well_under_two_milliseconds()
    {
        var builder = new StringBuilder();
        while (builder.Length < 5_000) builder.AppendJoin(' ', Sentences).Append('\n');
        var text = ArticleText.From(builder.ToString());

        // Best of several rounds: the runtime needs a few hundred calls to optimise hot
        // code, and a shared test machine adds noise; the best round is the steady state.
        var best = double.MaxValue;
        for (var round = 0; round < Rounds && best >= BudgetMs / 2; round++)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < 20; i++) FigureExtractor.Extract(text);
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds / 20);
            Thread.Sleep(150);
        }
        Assert.True(best < BudgetMs, $"Extraction took {best:F3} ms per article at best.");
    }
}
