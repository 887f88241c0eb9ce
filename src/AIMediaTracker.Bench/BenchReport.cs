using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AIMediaTracker.Bench;

public sealed record SizeResult(int Articles, ExtractionResult Extraction, ImportResult Import, IReadOnlyList<RouteLatency> Routes);

/// <summary>Everything one `bench` run measured, printed as a table and optionally saved as JSON.</summary>
public sealed record BenchReport(DateTimeOffset At, string Machine, List<SizeResult> Sizes)
{
    /// <summary>The import run first in the process, before anything was compiled: informative, no target.</summary>
    public ImportResult? ColdImport { get; set; }
    public ContentResult? Content { get; set; }
    public NerResult? Ner { get; set; }
    public IReadOnlyList<HostilePageResult>? HostilePages { get; set; }

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public void Print(TextWriter w)
    {
        w.WriteLine();
        w.WriteLine($"AIMediaTracker bench — {At:yyyy-MM-dd HH:mm} UTC — {Machine}");
        w.WriteLine("(machine partagée : les temps sont bruités ; cibles entre crochets)");
        if (ColdImport is { } cold)
        {
            w.WriteLine();
            w.WriteLine($"== Import à froid : {cold.Articles} articles, premier travail du processus (informatif) ==");
            Row(w, "import", $"{cold.ArticlesPerSecond:F0} articles/s, 1er lot stocké après {cold.FirstBatchSeconds:F2} s (compilation JIT et EF), {cold.SteadyArticlesPerSecond:F0}/s ensuite", null, "");
        }
        foreach (var s in Sizes)
        {
            var e = s.Extraction;
            var i = s.Import;
            w.WriteLine();
            w.WriteLine($"== {s.Articles.ToString("N0", Inv).Replace(',', ' ')} articles (≈{e.AverageKb:F1} Ko de texte chacun) ==");
            Row(w, "extraction, 1 cœur", $"{e.ArticlesPerSecond:F0} articles/s, {e.MsPer5KbArticle:F2} ms / article de 5 Ko", e.ArticlesPerSecond >= 1000, "≥ 1000/s");
            Row(w, "import (extraction + base)", $"{i.ArticlesPerSecond:F0} articles/s, {i.SteadyArticlesPerSecond:F0}/s après le 1er lot ({i.New} nouveaux, {i.NearDuplicates} quasi-doublons, {i.Unchanged} inchangés)", i.ArticlesPerSecond >= 300, "≥ 300/s");
            Row(w, "base / article", $"{i.BytesPerArticle / 1024:F1} Ko, dont {i.BytesPerArticleBeyondText / 1024:F1} Ko au-delà du texte", i.BytesPerArticleBeyondText < 20 * 1024, "< 20 Ko au-delà");
            Row(w, "pic de mémoire (processus)", $"{i.PeakWorkingSetBytes / (1024.0 * 1024):F0} Mo", i.PeakWorkingSetBytes < 400L * 1024 * 1024, "< 400 Mo");
            PrintRoutes(w, s.Articles, s.Routes);
        }
        if (Content is { } c)
        {
            w.WriteLine();
            w.WriteLine($"== Extraction du contenu HTML ({c.Pages} pages de ../shared/corpus/html/pages) ==");
            Row(w, "AIMediaTracker", c.OursMedianMs is { } o ? $"{o:F2} ms/page (médiane)" : "échec", null, "");
            Row(w, "Mozilla Readability (js)", c.ReadabilityMedianMs is { } m ? $"{m:F2} ms/page (médiane) — {c.ReadabilityNote}" : c.ReadabilityNote, null, "");
        }
        if (Ner is { } n)
        {
            w.WriteLine();
            w.WriteLine("== NER, ../shared/corpus/ner-fr/dev.jsonl (informatif : presse historique, hors sujet IA) ==");
            Row(w, "F1", $"PER {n.PerF1:F3}   ORG {n.OrgF1:F3}", null, "");
            // 0.27: the same measure with the rules and lists alone, before the tagger (issue 13).
            Row(w, "PER+ORG (article)", $"{n.PerOrgF1:F3} (0.27 avant l'étiqueteur)", n.PerOrgF1 >= 0.50, "≥ 0.50");
            Row(w, "modèle ner-fr.model", $"{n.Model.Features} traits, chargé en {n.Model.LoadMs:F0} ms, {n.Model.LoadMegabytes:F1} Mo alloués", null, "");
            w.WriteLine($"  {n.Detail}");
        }
        PrintHostilePages(w);
    }

    /// <summary>The screens' latency on a database of <paramref name="articles"/> articles, with the targets of that size.</summary>
    public static void PrintRoutes(TextWriter w, int articles, IReadOnlyList<RouteLatency> routes)
    {
        var p95Target = articles >= 100_000 ? 50 : 100;
        foreach (var r in routes)
        {
            if (r.Skipped is not null) { Row(w, r.Path, $"non mesuré : {r.Skipped}", null, ""); continue; }
            Row(w, r.Path, $"1re {r.FirstMs,7:F1} ms   médiane {r.MedianMs,6:F1} ms   p95 {r.P95Ms,6:F1} ms   max {r.MaxMs,6:F1} ms  ({r.Requests} req.)",
                articles >= 10_000 ? r.P95Ms < p95Target : null, $"p95 < {p95Target} ms");
            if (r.AfterImportMaxMs is { } worst)
                Row(w, "  après 1 import", $"1re requête : médiane {r.AfterImportMedianMs,6:F1} ms   max {worst,6:F1} ms (sur 5 imports d'un article)",
                    articles >= 30_000 ? worst <= 300 : null, "≤ 300 ms");
        }
    }

    private void PrintHostilePages(TextWriter w)
    {
        if (HostilePages is not { } pages) return;
        w.WriteLine();
        w.WriteLine("== Pages hostiles (temps réel par page, lecture comme `extract` puis import dans une base neuve) ==");
        foreach (var p in pages)
        {
            Row(w, p.Name, $"{p.Bytes / (1024.0 * 1024):F1} Mo   extract {p.ExtractSeconds,5:F2} s   import {p.ImportSeconds,5:F2} s", p.Met, $"≤ {HostilePageResult.TargetSeconds:F0} s chacun");
            w.WriteLine($"  {"",-28} extract : {p.ExtractOutcome} ; import : {p.ImportOutcome}");
        }
    }

    private static void Row(TextWriter w, string label, string value, bool? met, string target)
    {
        var mark = met switch { true => "ok", false => "MANQUÉ", null => "" };
        w.WriteLine(string.Create(Inv, $"  {label,-28} {value}  {(target.Length > 0 ? $"[{target}] {mark}" : "")}").TrimEnd());
    }

    public void WriteJson(string path)
    {
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
        File.WriteAllText(path, JsonSerializer.Serialize(this, options));
    }
}
