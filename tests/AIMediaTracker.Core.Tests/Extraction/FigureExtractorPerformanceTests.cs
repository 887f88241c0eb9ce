using System.Diagnostics;
using System.Text;
using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Tests.Extraction;

public sealed class FigureExtractorPerformanceTests
{
    private static readonly string[] Sentences =
    [
        "Dans le secteur du cinéma, de la télévision et de l'animation, qui emploie près de 550 000 personnes, environ 21% d'emplois devraient être touchés d'ici 2026.",
        "Le Forum prévoit la création de 170 millions d'emplois d'ici à 2030 et la disparition de 92 millions d'autres, soit un solde positif de 78 millions.",
        "Le cabinet évaluait entre 2 600 et 4 400 milliards de dollars par an la valeur que l'IA générative pourrait ajouter.",
        "Duolingo, l'application aux plus de 80 millions d'utilisateurs mensuels, a mis fin aux contrats d'environ 10 % de ses prestataires.",
        "Camille Arnaud, 33 ans, traductrice installée à Lyon, travaillait depuis 2019 pour l'application, raconte-t-elle le 12 janvier 2024.",
        "Près d'un traducteur indépendant sur deux a vu ses commandes baisser, selon une enquête menée auprès de 1 200 adhérents.",
    ];

    [Fact]
    public void Extracts_a_five_kilobyte_article_in_well_under_two_milliseconds()
    {
        var builder = new StringBuilder();
        while (builder.Length < 5_000) builder.AppendJoin(' ', Sentences).Append('\n');
        var text = ArticleText.From(builder.ToString());
        for (var i = 0; i < 100; i++) FigureExtractor.Extract(text);

        const int runs = 200;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++) FigureExtractor.Extract(text);
        var average = watch.Elapsed.TotalMilliseconds / runs;

        // The budget is 2 ms; the bound leaves room for a loaded test machine.
        Assert.True(average < 5, $"Extraction took {average:F3} ms on average.");
    }
}
