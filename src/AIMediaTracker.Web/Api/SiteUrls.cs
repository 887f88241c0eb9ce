using AIMediaTracker.Data.Queries;

namespace AIMediaTracker.Web.Api;

/// <summary>The page of this site that shows a thing: what each API item gives as <c>html</c>.</summary>
public static class SiteUrls
{
    public static string Article(int id) => $"/articles/{id}";

    /// <summary>A figure's sentence on its article's page (its anchor is its offset in the stored text).</summary>
    public static string Figure(int articleId, int start) => $"{Article(articleId)}#{FigureAnchor.Of(start)}";

    public static string Date(int articleId, long dateId) => $"{Article(articleId)}#date-{dateId}";

    public static string Claim(long id) => $"/chiffres/{id}";

    public static string Organization(string slug) => $"/organisations/{Uri.EscapeDataString(slug)}";

    public static string Person(string slug) => $"/personnes/{Uri.EscapeDataString(slug)}";

    public static string Product(string slug) => $"/produits/{Uri.EscapeDataString(slug)}";

    public static string Entity(EntityType type, string slug) => type switch
    {
        EntityType.Organization => Organization(slug),
        EntityType.Person => Person(slug),
        _ => Product(slug),
    };
}
