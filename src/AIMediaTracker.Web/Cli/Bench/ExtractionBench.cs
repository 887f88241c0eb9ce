using System.Diagnostics;
using System.Text;
using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Web.Cli.Bench;

public sealed record ExtractionResult(int Articles, double ArticlesPerSecond, double MsPer5KbArticle, double AverageKb);

/// <summary>ArticleExtractor.Extract in a loop on the calling thread: what one core sustains.</summary>
public static class ExtractionBench
{
    public static ExtractionResult Run(IReadOnlyList<ArticleDocument> documents)
    {
        // Warm-up: JIT, regex construction and the gazetteer's lazy loading must not count.
        foreach (var d in documents.Take(Math.Min(200, documents.Count))) ArticleExtractor.Extract(d);
        var bytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.FullText));
        var sw = Stopwatch.StartNew();
        var sink = 0;
        foreach (var d in documents) sink += ArticleExtractor.Extract(d).Figures.Count;
        var seconds = sw.Elapsed.TotalSeconds;
        GC.KeepAlive(sink);
        var perArticleMs = seconds * 1000 / documents.Count;
        var averageBytes = (double)bytes / documents.Count;
        return new ExtractionResult(documents.Count, documents.Count / seconds, perArticleMs * 5120 / averageBytes, averageBytes / 1024);
    }
}
