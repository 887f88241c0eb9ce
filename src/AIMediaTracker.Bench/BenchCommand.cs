using System.Runtime.InteropServices;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Ingestion.Pipeline;
using AIMediaTracker.Ingestion.Sources;

namespace AIMediaTracker.Bench;

/// <summary>
/// The benchmark: for each corpus size, extraction throughput, import into a fresh database, then the
/// screens' latency on that database; then the shared HTML and NER corpora when they are present,
/// and the hostile pages (`--hostile` runs those alone).
/// </summary>
public static class BenchCommand
{
    private const int WarmUpArticles = 4000;
    // Methods run once per batch are recompiled optimised after 30 calls (tiered JIT). With batches of 50
    // this was 40 of them; with 100 (ArticleIngestor.BatchSize) it is 20, and the timed 1 000-article
    // import after it read 357 articles/s.
    private const int ColdImportArticles = 2000;
    private const int ProfiledImport = 500;

    public static async Task<int> RunAsync(string[] args)
    {
        var options = BenchOptions.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine($"Usage : {BenchOptions.Usage}   (par défaut --articles 1000,10000 ; 100000 est le mode long)");
            return 2;
        }
        using var cts = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
        var ct = cts.Token;
        void Log(string message) => Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {message}");

        var root = RepoPaths.Root();
        var shared = RepoPaths.Shared(root);
        var seedParagraphs = SeedParagraphs(root);
        var generator = new CorpusGenerator(seedParagraphs);
        // Another seed: the warm-up never extracts an article the timed pass will see.
        var warmUp = new CorpusGenerator(seedParagraphs, seed: 1).Generate(WarmUpArticles);
        var report = new BenchReport(DateTimeOffset.UtcNow,
            $"{Environment.ProcessorCount} cœurs, {RuntimeInformation.OSDescription}, .NET {Environment.Version}", []);

        if (options.HostileOnly)
        {
            report.HostilePages = await HostilePagesBench.RunAsync(Log, ct);
            report.Print(Console.Out);
            if (options.JsonPath is { } only) report.WriteJson(only);
            return report.HostilePages.All(p => p.Met) ? 0 : 1;
        }
        if (options.DatabasePath is { } kept) return await LatencyOnlyAsync(kept, options, seedParagraphs, Log, ct);
        report.ColdImport = await ColdImportAsync(seedParagraphs, Log, ct);
        foreach (var size in options.Sizes)
        {
            Log($"{size} articles…");
            // Lazy: each pass regenerates the same seeded corpus, so no pass holds it all in memory.
            var documents = generator.Generate(size);
            Log("extraction (1 cœur)…");
            var extraction = ExtractionBench.Run(documents, warmUp);
            var database = Path.Combine(Path.GetTempPath(), $"aimt-bench-{size}-{Environment.ProcessId}.db");
            try
            {
                Log($"import dans {database}…");
                var import = await ImportBench.RunAsync(documents, database, n => Log($"  {n} / {size}"), ct);
                if (options.KeepDir is { } keep)
                {
                    Directory.CreateDirectory(keep);
                    File.Copy(database, Path.Combine(keep, $"aimt-bench-{size}.db"), overwrite: true);
                }
                Log("latence des pages…");
                var routes = await LatencyBench.RunAsync(database, options.Warmup, options.Requests, FreshArticles(seedParagraphs), ct);
                report.Sizes.Add(new SizeResult(size, extraction, import, routes));
            }
            finally
            {
                DeleteDatabase(database);
            }
        }

        if (shared is null) Log("../shared absent à côté du dépôt : contenu HTML et NER sautés.");
        else
        {
            report.Content = await ContentBench.RunAsync(root!, shared, Log, ct);
            report.Ner = await NerBench.RunAsync(shared, Log, ct);
        }
        report.HostilePages = await HostilePagesBench.RunAsync(Log, ct);
        report.Print(Console.Out);
        if (options.JsonPath is { } json) report.WriteJson(json);
        return 0;
    }

    // Seed 3 and their own addresses: articles neither imported nor used to warm up.
    private static IEnumerable<ArticleDocument> FreshArticles(IReadOnlyList<string> seedParagraphs) =>
        new CorpusGenerator(seedParagraphs, seed: 3).Generate(int.MaxValue).Select(d => d with { CanonicalUrl = d.CanonicalUrl + "-nouveau" });

    /// <summary>The screens alone, on a copy of a database kept by --keep: the copy takes the new articles, the kept file stays as it was.</summary>
    private static async Task<int> LatencyOnlyAsync(string kept, BenchOptions options, IReadOnlyList<string> seedParagraphs, Action<string> log, CancellationToken ct)
    {
        var database = Path.Combine(Path.GetTempPath(), $"aimt-bench-copy-{Environment.ProcessId}.db");
        try
        {
            File.Copy(kept, database);
            var articles = await ImportBench.CountAsync(database, ct);
            if (options.Profile)
            {
                log($"profil SQL sur une copie de {kept} ({articles} articles)…");
                await LatencyBench.ProfileAsync(database, FreshArticles(seedParagraphs), Console.Out, ct);
                await ImportBench.ProfileBatchesAsync(database, new CorpusGenerator(seedParagraphs, seed: 4).Generate(ProfiledImport), Console.Out, ct);
                return 0;
            }
            log($"latence des pages sur une copie de {kept} ({articles} articles)…");
            var routes = await LatencyBench.RunAsync(database, options.Warmup, options.Requests, FreshArticles(seedParagraphs), ct);
            Console.Out.WriteLine();
            Console.Out.WriteLine($"== {kept} : {articles} articles ==");
            BenchReport.PrintRoutes(Console.Out, articles, routes);
            return 0;
        }
        finally
        {
            DeleteDatabase(database);
        }
    }

    /// <summary>
    /// An import in this fresh process, first thing: every method it runs is compiled as it goes (JIT,
    /// EF's query compilation), about two seconds before the first batch is stored. Reported apart, as
    /// what a one-off `import` of a few thousand files pays; it also warms the import path, as the
    /// extraction is warmed, so the rates per size are the import's steady state.
    /// </summary>
    private static async Task<ImportResult> ColdImportAsync(IReadOnlyList<string> seedParagraphs, Action<string> log, CancellationToken ct)
    {
        var database = Path.Combine(Path.GetTempPath(), $"aimt-bench-cold-{Environment.ProcessId}.db");
        try
        {
            log($"import à froid ({ColdImportArticles} articles) dans {database}…");
            // Seed 2: neither the extraction warm-up's articles nor the timed ones.
            var documents = new CorpusGenerator(seedParagraphs, seed: 2).Generate(ColdImportArticles);
            return await ImportBench.RunAsync(documents, database, _ => { }, ct);
        }
        finally
        {
            DeleteDatabase(database);
        }
    }

    private static void DeleteDatabase(string database)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { database, database + "-wal", database + "-shm" }) File.Delete(f);
    }

    /// <summary>Paragraphs of the articles in seeds/, mixed into the generated prose.</summary>
    private static IReadOnlyList<string> SeedParagraphs(string? root)
    {
        var seeds = root is null ? null : Path.Combine(root, "seeds");
        if (seeds is null || !Directory.Exists(seeds)) return [];
        return FileSource.Expand(seeds).Select(f => FileLoader.Load(f))
            .SelectMany(d => d.Body.Split("\n\n", StringSplitOptions.TrimEntries))
            .Where(p => p.Length > 200 && !p.Contains('\n')).ToList();
    }
}
