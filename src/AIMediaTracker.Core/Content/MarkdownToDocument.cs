using AIMediaTracker.Core.Model;
using Markdig;

namespace AIMediaTracker.Core.Content;

/// <summary>A .md article: rendered with Markdig, then read like any HTML article.</summary>
public static class MarkdownToDocument
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static ArticleDocument Convert(string markdown, Uri? baseUrl = null)
    {
        var html = Markdown.ToHtml(markdown, Pipeline);
        return HtmlToDocument.Convert($"<html><body><article>{html}</article></body></html>", baseUrl);
    }
}
