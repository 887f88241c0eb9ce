using System.Text;
using System.Xml;
using AIMediaTracker.Data.Queries;

namespace AIMediaTracker.Web.Export;

/// <summary>An Atom feed of the latest articles, each linking to its page on this site.</summary>
public static class AtomFeed
{
    private static readonly System.Xml.Linq.XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static string Write(string root, IReadOnlyList<ArticleListItem> articles)
    {
        var updated = articles.Select(a => a.PublishedAt).Max() ?? new DateOnly(2000, 1, 1);
        var sb = new StringBuilder();
        using (var w = XmlWriter.Create(new StringWriter(sb), new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            w.WriteStartDocument();
            w.WriteStartElement("feed", Atom.NamespaceName);
            w.WriteElementString("title", Atom.NamespaceName, "AIMediaTracker — derniers articles");
            w.WriteElementString("id", Atom.NamespaceName, root + "/");
            w.WriteElementString("updated", Atom.NamespaceName, Stamp(updated));
            Link(w, root + "/flux.atom", "self");
            Link(w, root + "/", "alternate");
            foreach (var a in articles)
            {
                w.WriteStartElement("entry", Atom.NamespaceName);
                w.WriteElementString("title", Atom.NamespaceName, a.Title);
                w.WriteElementString("id", Atom.NamespaceName, $"{root}/articles/{a.Id}");
                w.WriteElementString("updated", Atom.NamespaceName, Stamp(a.PublishedAt ?? updated));
                Link(w, $"{root}/articles/{a.Id}", "alternate");
                w.WriteStartElement("author", Atom.NamespaceName);
                w.WriteElementString("name", Atom.NamespaceName, a.Source ?? "AIMediaTracker");
                w.WriteEndElement();
                if (a.Organizations.Count > 0)
                    w.WriteElementString("summary", Atom.NamespaceName, "Organisations : " + string.Join(", ", a.Organizations));
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
