using System.Diagnostics;
using System.Text;
using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Web.Cli.Bench;

public sealed record ExtractionResult(int Articles, double ArticlesPerSecond, double MsPer5KbArticle, double AverageKb);

/// <summary>ArticleExtractor.Extract in a loop on the calling thread: what one core sustains.</summary>
public static class ExtractionBench
{
    /// <summary>
    /// <paramref name="documents"/> is enumerated twice and may be generated on the fly: only the
    /// Extract calls are timed, not the generation.
    /// </summary>
    public static ExtractionResult Run(IEnumerable<ArticleDocument> documents)
    {
        // Warm-up: JIT (tiered: hot methods are recompiled after a delay, the big compiled regexes
        // included), regex construction and the gazetteer's lazy loading must not count. 200 articles
        // were not enough: profiles of the timed loop still showed the JIT at work. Three seconds are.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(3))
            foreach (var d in documents.Take(200)) ArticleExtractor.Extract(d);
        long bytes = 0, ticks = 0;
        var count = 0;
        var sink = 0;
        foreach (var d in documents)
        {
            var start = Stopwatch.GetTimestamp();
            sink += ArticleExtractor.Extract(d).Figures.Count;
            ticks += Stopwatch.GetTimestamp() - start;
            bytes += Encoding.UTF8.GetByteCount(d.FullText);
            count++;
        }
        GC.KeepAlive(sink);
        var seconds = (double)ticks / Stopwatch.Frequency;
        var perArticleMs = seconds * 1000 / count;
        var averageBytes = (double)bytes / count;
        return new ExtractionResult(count, count / seconds, perArticleMs * 5120 / averageBytes, averageBytes / 1024);
    }
}
