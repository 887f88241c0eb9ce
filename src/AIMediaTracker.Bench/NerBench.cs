using System.Globalization;
using System.Text.RegularExpressions;
using AIMediaTracker.Web.Cli;

namespace AIMediaTracker.Bench;

public sealed record NerResult(double PerF1, double OrgF1, double PerOrgF1, string Detail, NerModelCost Model);

/// <summary>The tagger model's size and what loading it cost in this process (it loads once, on first use).</summary>
public sealed record NerModelCost(int Features, double LoadMs, double LoadMegabytes);

/// <summary>
/// PER and ORG F1 on the shared ner-fr dev set, through ner_docs.py (export, then our `extract`,
/// then score). Informative only: the corpus is historical press, not coverage of AI.
/// </summary>
public static partial class NerBench
{
    public static async Task<NerResult?> RunAsync(string shared, Action<string> log, CancellationToken ct)
    {
        var gold = Path.Combine(shared, "corpus", "ner-fr", "dev.jsonl");
        var script = Path.Combine(shared, "bench", "ner_docs.py");
        if (!File.Exists(gold) || !File.Exists(script))
        {
            log($"NER : {gold} ou {script} absent, mesure sautée.");
            return null;
        }
        var scratch = Directory.CreateTempSubdirectory("aimt-ner-");
        try
        {
            log("NER : ner_docs.py export + extract + score…");
            var export = await ExternalProcess.RunAsync("python3", [script, "export", gold, scratch.FullName], scratch.FullName, ct);
            if (export is not { ExitCode: 0 }) { log($"NER : export impossible ({export?.Stderr.Trim() ?? "python3 absent"})."); return null; }
            var extractFile = Path.Combine(scratch.FullName, "extract.jsonl");
            await using (var output = File.Create(extractFile))
                ExtractCommand.Run([Path.Combine(scratch.FullName)], withText: false, output, TextWriter.Null);
            var score = await ExternalProcess.RunAsync("python3", [script, "score", gold, extractFile], scratch.FullName, ct);
            if (score is not { ExitCode: 0 }) { log($"NER : score impossible ({score?.Stderr.Trim()})."); return null; }
            var micro = MicroLine().Match(score.Stdout);
            var (loadTime, loadBytes) = AIMediaTracker.Core.Ner.NerTagger.LoadCost;
            return new NerResult(F1(score.Stdout, "PER"), F1(score.Stdout, "ORG"),
                micro.Success ? double.Parse(micro.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN,
                string.Join(" | ", score.Stdout.Split('\n').Where(l => l.StartsWith("PER", StringComparison.Ordinal) || l.StartsWith("ORG", StringComparison.Ordinal)).Select(l => l.Trim())),
                new NerModelCost(AIMediaTracker.Core.Ner.NerTagger.Model.Features, loadTime.TotalMilliseconds, loadBytes / 1048576.0));
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    // ner_docs.py prints "PER  TP 120  pred 200  gold 180  P 0.600 R 0.667 F1 0.632".
    private static double F1(string output, string label)
    {
        var m = ScoreLine().Matches(output).FirstOrDefault(x => x.Groups[1].Value == label);
        return m is null ? double.NaN : double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"PER\+ORG micro F1: ([0-9.]+)")]
    private static partial Regex MicroLine();

    [GeneratedRegex(@"^(PER|ORG)\s+TP.*F1 ([0-9.]+)\s*$", RegexOptions.Multiline)]
    private static partial Regex ScoreLine();
}
