using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Content;

/// <summary>A .txt article: the title is its first non-empty line, the rest is the body.</summary>
public static class PlainTextToDocument
{
    public static ArticleDocument Convert(string text)
    {
        var normalized = ArticleText.Normalize(text).TrimStart('\uFEFF');
        var lines = normalized.Split('\n');
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (first < 0) return new ArticleDocument("", "");
        var body = string.Join('\n', lines.Skip(first + 1)).Trim('\n');
        return new ArticleDocument(lines[first].Trim(), body);
    }
}
