using System.Diagnostics;
using System.Text;
using AIMediaTracker.Core.Content;
using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Data;
using AIMediaTracker.Ingestion.Pipeline;
using AIMediaTracker.Ingestion.Sources;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Bench;

/// <summary>One hostile page: wall time through `extract`'s path and through the importer, and what became of it.</summary>
public sealed record HostilePageResult(string Name, long Bytes, double ExtractSeconds, string ExtractOutcome, double ImportSeconds, string ImportOutcome)
{
    public const double TargetSeconds = 2;

    public bool Met => ExtractSeconds <= TargetSeconds && ImportSeconds <= TargetSeconds;
}

/// <summary>
/// Pages built to stall an HTML parser (issue 16: 100 000 nested &lt;div&gt; took 135 s), each under the
/// 5 MB cap a feed may serve. Each is read as `extract` reads a file (FileLoader, then the extractor) and
/// imported into a fresh SQLite file as `import` and POST /api/imports do (ArticleIngestor), timed by
/// the wall clock: a refused page must be refused quickly too, with its French reason recorded.
/// </summary>
public static class HostilePagesBench
{
    // Each page says something else, so the importer stores each one instead of skipping a near-duplicate.
    private static readonly string[] Sentences =
    [
        "Le syndicat des journalistes dénonce, dans un communiqué publié mardi, l'usage de l'intelligence artificielle.",
        "La rédaction régionale teste depuis trois mois un outil qui résume les conseils municipaux.",
        "Selon la direction, quarante postes de secrétaires de rédaction seront supprimés d'ici 2026.",
        "Un éditeur allemand signe un accord de licence avec une start-up américaine pour ses archives.",
        "Les correcteurs d'un quotidien belge apprennent par courriel que leur service sera automatisé.",
        "Une agence de presse publie ses premières dépêches sportives écrites par un modèle de langage.",
        "Le comité d'éthique de la radio publique demande qu'aucun texte généré ne soit diffusé sans relecture.",
    ];

    private static int pageCount;

    private static string Paragraph(string name) => $"<p>{Sentences[pageCount++ % Sentences.Length]} ({name})</p>";

    public static IReadOnlyList<(string Name, string Html)> Pages() =>
    [
        Named("100 000 div imbriqués", p => Repeat("<div>", 100_000) + p + Repeat("</div>", 100_000)),
        Named("20 000 tableaux imbriqués", p => Repeat("<table><tr><td>", 20_000) + p + Repeat("</td></tr></table>", 20_000)),
        Named("100 000 éléments frères", p => "<article>" + Repeat("<span>mot</span>", 100_000) + p + "</article>"),
        Named("attributs de 1 Mo", p => $"<div class=\"{new string('a', 1_000_000)}\">{p}</div><img alt=\"{new string('x', 1_000_000)}\">"),
        Named("100 000 attributs", p => "<div " + string.Concat(Enumerable.Range(0, 100_000).Select(i => $"a{i}=\"v\" ")) + ">" + p + "</div>"),
        Named("100 000 balises non fermées", p => Repeat("<b><i>", 50_000) + p),
        // One sentence of a figure, then complements chained by « , de » and « et de » and no « qui »: the words a figure's
        // rules read past (FigureKindClassifier.PastComplementsBeforeQui, once a backtracking regex that took minutes here).
        Named("400 compléments en chaîne", p => "<p>Le plan touche 300 salariés " + string.Join(", ", Enumerable.Range(0, 200).Select(i => $"de l'atelier {i} et de la cellule {i}")) + " partis.</p>" + p),
    ];

    private static (string, string) Named(string name, Func<string, string> body) => (name, Page(body(Paragraph(name))));

    public static async Task<IReadOnlyList<HostilePageResult>> RunAsync(Action<string> log, CancellationToken ct)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"aimt-hostile-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        var database = Path.Combine(folder, "hostile.db");
        var options = ((DbContextOptionsBuilder<TrackerDbContext>)new DbContextOptionsBuilder<TrackerDbContext>().UseTrackerSqlite($"Data Source={database}")).Options;
        try
        {
            await using (var setup = new TrackerDbContext(options)) await DatabaseSetup.MigrateAsync(setup, ct);
            // An ordinary page first: what is timed below is each page, not compiling the code (JIT, EF queries).
            var warmUp = Path.Combine(folder, "ordinary.html");
            await File.WriteAllTextAsync(warmUp, Page(Paragraph("page ordinaire")), ct);
            Extract(warmUp);
            await using (var db = new TrackerDbContext(options)) await new ArticleIngestor(db, TimeProvider.System).IngestFileAsync(warmUp, null, ct);
            var results = new List<HostilePageResult>();
            var pages = Pages();
            for (var i = 0; i < pages.Count; i++)
            {
                var (name, html) = pages[i];
                var file = Path.Combine(folder, $"page-{i}.html");
                await File.WriteAllTextAsync(file, html, ct);
                log($"Pages hostiles : {name}…");
                var (extractSeconds, extractOutcome) = Extract(file);
                var clock = Stopwatch.StartNew();
                await using var db = new TrackerDbContext(options);
                var outcome = await new ArticleIngestor(db, TimeProvider.System).IngestFileAsync(file, null, ct);
                var importSeconds = clock.Elapsed.TotalSeconds;
                var importOutcome = outcome.Status switch
                {
                    IngestStatus.Failed => $"refusée : {outcome.Reason}",
                    IngestStatus.New => "stockée",
                    _ => $"non stockée ({outcome.Status})",
                };
                results.Add(new HostilePageResult(name, Encoding.UTF8.GetByteCount(html), extractSeconds, extractOutcome, importSeconds, importOutcome));
            }
            return results;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    // What ExtractCommand does with one file: a refusal is a French message on stderr, never a stall.
    private static (double Seconds, string Outcome) Extract(string file)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var document = FileLoader.Load(file);
            ArticleExtractor.Extract(document);
            return (clock.Elapsed.TotalSeconds, $"{document.Body.Length} caractères de texte");
        }
        catch (UnreadableContentException e)
        {
            return (clock.Elapsed.TotalSeconds, $"refusée : {e.Message}");
        }
    }

    private static string Page(string body) => $"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Page hostile</title></head><body>{body}</body></html>";

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();
}
