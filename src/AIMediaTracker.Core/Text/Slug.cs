using System.Text;

namespace AIMediaTracker.Core.Text;

/// <summary>URL-safe identifiers from names: "Société Générale" → "societe-generale".</summary>
public static class Slug
{
    public static string From(string name)
    {
        var key = FrenchTypography.Key(name);
        var sb = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? "x" : slug.Length > 120 ? slug[..120].TrimEnd('-') : slug;
    }
}
