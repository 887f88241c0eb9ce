using AIMediaTracker.Core.Content;
using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Ingestion.Fetching;
using AIMediaTracker.Ingestion.Pipeline;
using AIMediaTracker.Ingestion.Sources;

namespace AIMediaTracker.Web.Cli;

/// <summary>`extract PATH...`: one contract line per article on stdout, diagnostics on stderr.</summary>
public static class ExtractCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        var withText = args.Contains("--with-text");
        var paths = args.Where(a => a != "--with-text").ToList();
        if (paths.Count == 0)
        {
            Console.Error.WriteLine("Usage : extract [--with-text] PATH|URL...  (fichiers .txt, .md, .html ou dossiers)");
            return Task.FromResult(2);
        }
        using var stdout = Console.OpenStandardOutput();
        using var output = new BufferedStream(stdout, 1 << 16);
        var failed = Run(paths, withText, output, Console.Error);
        output.Flush();
        return Task.FromResult(failed > 0 ? 1 : 0);
    }

    /// <summary>
    /// Writes the lines for <paramref name="paths"/>; returns how many inputs failed. A fault of the extractor on one
    /// article is that article's error line, as in an import: the articles after it are still extracted.
    /// </summary>
    public static int Run(IEnumerable<string> paths, bool withText, Stream output, TextWriter errors, Func<ArticleDocument, ArticleFacts>? extract = null)
    {
        extract ??= ArticleExtractor.Extract;
        var failed = 0;
        PageFetcher? fetcher = null;
        foreach (var file in paths.SelectMany(p => WebAddress.TryParse(p, out _) ? [p] : FileSource.Expand(p)))
        {
            try
            {
                var document = WebAddress.TryParse(file, out var url)
                    ? FileLoader.EnsureText((fetcher ??= PageFetcher.Create(new FetchOptions())).FetchAsync(url, CancellationToken.None).GetAwaiter().GetResult().ReadDocument())
                    : FileLoader.Load(file);
                var facts = extract(document);
                ContractJson.Write(output, file, document, facts, withText);
            }
            catch (Exception e) when (e is UnreadableContentException or FetchException or IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                failed++;
                errors.WriteLine($"{file} : {e.Message}");
                ContractJson.WriteError(output, file, e.Message);
            }
            catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
            {
                failed++;
                var message = $"Erreur interne en analysant cet article ({e.GetType().Name} : {e.Message.TrimEnd('.')}) ; les autres articles sont extraits.";
                errors.WriteLine($"{file} : {message}");
                ContractJson.WriteError(output, file, message);
            }
        }
        return failed;
    }
}
