using System.Text;
using System.Xml;
using AIMediaTracker.Data.Queries;

namespace AIMediaTracker.Web.Export;

/// <summary>One entry of an Atom feed: an article or a claim, with its page on this site.</summary>
public sealed record AtomEntry(string Title, string Path, DateOnly? Updated, string Author, string? Summary);

/// <summary>Atom feeds: the latest articles, and per organisation its new articles and claims.</summary>
public static class AtomFeed
{
    private static readonly System.Xml.Linq.XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static string Write(string root, IReadOnlyList<ArticleListItem> articles) =>
        Write(root, "AIMediaTracker — derniers articles", "/flux.atom", "/", articles.Select(Entry).ToList());

    /// <summary>An organisation's feed: its own claims and the articles that name it, newest first.</summary>
    public static string Write(string root, OrganizationPage org)
    {
        var entries = org.Claims.Select(c => new AtomEntry(
                $"{FigureLabels.Value(c.Value, c.Unit)} — {FigureLabels.Kind(c.Kind)} ({FigureLabels.Basis(c.Basis)})",
                $"/chiffres/{c.Id}", c.FirstSeen, ClaimLabels.Source(c.Attribution, c.Subject), $"« {c.Text} » — {c.ArticleTitle}"))
            .Concat(org.Articles.Select(Entry))
            .OrderByDescending(e => e.Updated ?? DateOnly.MinValue).ToList();
        return Write(root, $"AIMediaTracker — {org.Name}", $"/organisations/{org.Slug}/flux.atom", $"/organisations/{org.Slug}", entries);
    }

    private static AtomEntry Entry(ArticleListItem a) => new(a.Title, $"/articles/{a.Id}", a.PublishedAt, a.Source ?? "AIMediaTracker",
        a.Organizations.Count > 0 ? "Organisations : " + string.Join(", ", a.Organizations) : null);

    private static string Write(string root, string title, string self, string alternate, IReadOnlyList<AtomEntry> entries)
    {
        var updated = entries.Select(e => e.Updated).Max() ?? new DateOnly(2000, 1, 1);
        var sb = new StringBuilder();
        using (var w = XmlWriter.Create(new StringWriter(sb), new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            w.WriteStartDocument();
            w.WriteStartElement("feed", Atom.NamespaceName);
            w.WriteElementString("title", Atom.NamespaceName, title);
            w.WriteElementString("id", Atom.NamespaceName, root + alternate);
            w.WriteElementString("updated", Atom.NamespaceName, Stamp(updated));
            Link(w, root + self, "self");
            Link(w, root + alternate, "alternate");
            foreach (var e in entries)
            {
                w.WriteStartElement("entry", Atom.NamespaceName);
                w.WriteElementString("title", Atom.NamespaceName, e.Title);
                w.WriteElementString("id", Atom.NamespaceName, root + e.Path);
                w.WriteElementString("updated", Atom.NamespaceName, Stamp(e.Updated ?? updated));
                Link(w, root + e.Path, "alternate");
                w.WriteStartElement("author", Atom.NamespaceName);
                w.WriteElementString("name", Atom.NamespaceName, e.Author);
                w.WriteEndElement();
                if (e.Summary is not null) w.WriteElementString("summary", Atom.NamespaceName, e.Summary);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        return sb.ToString();
    }

    private static void Link(XmlWriter w, string href, string rel)
    {
        w.WriteStartElement("link", Atom.NamespaceName);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    private static string Stamp(DateOnly day) => day.ToString("yyyy-MM-dd") + "T00:00:00Z";
}
