using System.Text.Json;

namespace AIMediaTracker.Bench;

/// <summary>ms per page of main-content extraction on the shared HTML corpus, ours beside Readability's.</summary>
public sealed record ContentResult(int Pages, double? OursMedianMs, double? ReadabilityMedianMs, string ReadabilityNote);

/// <summary>
/// Reuses tests/bench/HtmlContentBench.cs (in-process timing after a warm-up) for our figure, and
/// runs the Readability peer in the same run when node is there (its pinned dependencies installed by
/// `npm ci` in a scratch folder the first time).
/// </summary>
public static class ContentBench
{
    public static async Task<ContentResult?> RunAsync(string root, string shared, Action<string> log, CancellationToken ct)
    {
        var pages = Path.Combine(shared, "corpus", "html", "pages");
        var script = Path.Combine(root, "tests", "bench", "HtmlContentBench.cs");
        if (!Directory.Exists(pages) || !File.Exists(script))
        {
            log($"Contenu HTML : {pages} ou {script} absent, mesure sautée.");
            return null;
        }
        var count = Directory.GetFiles(pages, "*.html").Length;
        log("Contenu HTML : tests/bench/HtmlContentBench.cs…");
        var ours = await ExternalProcess.RunAsync("dotnet", ["run", "-c", "Release", script, "--", pages], root, ct);
        double? oursMs = ours is { ExitCode: 0 } ? Median(ours.Stdout, "ms") : null;
        if (oursMs is null) log($"Contenu HTML : HtmlContentBench a échoué ({ours?.Stderr.Trim()}).");
        var (peerMs, note) = await ReadabilityAsync(shared, log, ct);
        return new ContentResult(count, oursMs, peerMs, note);
    }

    private static async Task<(double?, string)> ReadabilityAsync(string shared, Action<string> log, CancellationToken ct)
    {
        var reference = ReferenceFigure(shared);
        // node_modules is never committed: it lives in the peer folder or in a scratch copy of it.
        var peer = Path.Combine(shared, "bench", "peers", "readability");
        var scratch = Environment.GetEnvironmentVariable("READABILITY_DIR") ?? Path.Combine(Path.GetTempPath(), "aimt-readability");
        var dir = new[] { peer, scratch }.FirstOrDefault(HasJsdom) ?? await InstallAsync(peer, scratch, log, ct);
        if (dir is null)
            return (reference, $"non re-mesuré (node ou npm absent, ou `npm ci` a échoué dans {scratch}) ; chiffre de référence de peer-results");
        log("Contenu HTML : Readability (node)…");
        var output = Path.Combine(Path.GetTempPath(), $"aimt-readability-{Environment.ProcessId}.jsonl");
        var run = await ExternalProcess.RunAsync("node", [Path.Combine(dir, "run.js"), "--corpus", Path.Combine(shared, "corpus", "html"), "--out", output], dir, ct);
        if (run is not { ExitCode: 0 } || !File.Exists(output))
            return (reference, $"non re-mesuré (node a échoué : {run?.Stderr.Trim() ?? "node absent"}) ; chiffre de référence de peer-results");
        var measured = Median(await File.ReadAllTextAsync(output, ct), "ms");
        File.Delete(output);
        return (measured, "re-mesuré dans ce run (node, même machine)");
    }

    private static bool HasJsdom(string dir) => Directory.Exists(Path.Combine(dir, "node_modules", "jsdom"));

    // The peer's pinned dependencies (package-lock.json) in a scratch copy: ../shared stays read-only.
    private static async Task<string?> InstallAsync(string peer, string scratch, Action<string> log, CancellationToken ct)
    {
        if (!File.Exists(Path.Combine(peer, "package-lock.json"))) return null;
        Directory.CreateDirectory(scratch);
        foreach (var file in new[] { "package.json", "package-lock.json", "run.js" })
            File.Copy(Path.Combine(peer, file), Path.Combine(scratch, file), overwrite: true);
        log($"Contenu HTML : npm ci de Readability dans {scratch}…");
        var install = await ExternalProcess.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], scratch, ct);
        return install is { ExitCode: 0 } && HasJsdom(scratch) ? scratch : null;
    }

    // First line of readability-js.score.txt ends with "ms/page median=122.74".
    private static double? ReferenceFigure(string shared)
    {
        var file = Path.Combine(shared, "corpus", "html", "peer-results", "readability-js.score.txt");
        if (!File.Exists(file)) return null;
        var line = File.ReadLines(file).FirstOrDefault() ?? "";
        var at = line.LastIndexOf("median=", StringComparison.Ordinal);
        return at >= 0 && double.TryParse(line[(at + 7)..].Trim(), System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    private static double? Median(string jsonLines, string field)
    {
        var values = jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.Number)
            .Select(e => e.GetProperty(field).GetDouble()).Order().ToList();
        return values.Count == 0 ? null : values[values.Count / 2];
    }
}
