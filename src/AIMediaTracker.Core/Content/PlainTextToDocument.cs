using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Content;

/// <summary>
/// A .txt article: the title is its first non-empty line, the rest is the body. A first line that
/// reads as a paragraph (a dispatch or an excerpt pasted without its headline) is the body's start:
/// taken as the title, a one-paragraph text had no body and was refused.
/// </summary>
public static class PlainTextToDocument
{
    /// <summary>Longer than any headline of the corpora (177 characters at most).</summary>
    private const int LongestTitle = 200;

    public static ArticleDocument Convert(string text)
    {
        var normalized = ArticleText.Normalize(text).TrimStart('\uFEFF');
        var lines = normalized.Split('\n');
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (first < 0) return new ArticleDocument("", "");
        var title = lines[first].Trim();
        if (IsParagraph(title)) return new ArticleDocument("", string.Join('\n', lines.Skip(first)).Trim('\n'));
        var body = string.Join('\n', lines.Skip(first + 1)).Trim('\n');
        return new ArticleDocument(title, body);
    }

    // Headlines seldom end with a full stop; a long line that does is prose.
    private static bool IsParagraph(string line) =>
        line.Length > LongestTitle && line.TrimEnd('»', '"', '”', ' ', '\u00A0', ')') is [.., '.' or '!' or '?' or '…'];
}
