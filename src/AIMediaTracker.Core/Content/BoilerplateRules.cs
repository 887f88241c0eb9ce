using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace AIMediaTracker.Core.Content;

/// <summary>
/// What marks a block as page furniture rather than article text: class/id/role hints and
/// teaser phrases. Kept apart from the scoring so the vocabulary can grow without touching it.
/// </summary>
internal static partial class BoilerplateRules
{
    /// <summary>Elements that never hold article text, removed before anything else.</summary>
    public static readonly string[] JunkTags =
    [
        "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "button",
        "input", "select", "textarea", "option", "link", "meta", "dialog", "map", "audio", "video", "source",
        "nav", "footer", "aside", "menu",
    ];

    /// <summary>Blocks the reader sees as separate paragraphs.</summary>
    public static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", "ul", "caption",
    };

    // Class/id words of page furniture; matched as substrings, as sites glue them into longer names.
    [GeneratedRegex(@"-ad-|^ads?$|^ad[-_]|[-_]ads?$|\bads?\b|advert|adslot|dfp|banner|breadcrumb|fil-ariane|ariane|combx|comment|commentaire|reaction|community|disqus|cookie|consent|gdpr|rgpd|didomi|cmp-|footer|header|masthead|menu|navbar|navigation|newsletter|subscribe|abonne|(?<!non-)paywall|premium-banner|outbrain|taboola|ligatus|plista|partner|sponsor|promo|related|relatedposts|similar|recommend|lire-aussi|lireaussi|lire_aussi|a-lire|alire|voir-aussi|read-more|readmore|more-stories|most-popular|mostread|plus-lus|popular|trending|share|sharing|partage|social|sociaux|follow|sidebar|side-bar|widget|skyscraper|pagination|pager|popup|modal|overlay|toolbar|tags|tag-list|keywords|mots-cles|topics|byline|author|auteur|signature|post-meta|entry-meta|article-meta|meta-info|dateline|timestamp|publish-date|credit|copyright|rss|shoutbox|agegate|visually-hidden|sr-only|remark|replies|jump|teaser|bio\b|caption-credit|surtitre|kicker|overline|eyebrow|savoir-plus|savoir_plus|en-savoir", RegexOptions.IgnoreCase)]
    private static partial Regex Unlikely();

    // Words that rescue a block despite an unlikely word ("article-header" is still the article).
    [GeneratedRegex(@"article|body|content|main|story|text|entry|post-body|chapo|texte|corps|contenu|column|and\b|shadow|mathjax", RegexOptions.IgnoreCase)]
    private static partial Regex MaybeContent();

    [GeneratedRegex(@"article|body|content|entry|hentry|main|page|post|story|text|texte|corps|contenu|chapo|blog|pagination-none", RegexOptions.IgnoreCase)]
    private static partial Regex Positive();

    [GeneratedRegex(@"-ad-|\bads?\b|advert|banner|combx|comment|commentaire|com-|contact|cookie|consent|foot|footer|footnote|gdpr|masthead|media-credit|meta|outbrain|taboola|promo|related|lire-aussi|lireaussi|share|partage|shoutbox|sidebar|skyscraper|sponsor|shopping|social|newsletter|subscribe|abonnement|tags|toolbar|widget|byline|author|auteur|credit|copyright|popular|recommend|teaser|navbar|menu|breadcrumb|visually-hidden", RegexOptions.IgnoreCase)]
    private static partial Regex Negative();

    [GeneratedRegex(@"^\W{0,3}(?:[àÀaA] lire (?:aussi|également|egalement|ensuite)|lire (?:aussi|également|egalement|la suite|plus)|sur le même sujet|dans la même rubrique|voir aussi|voir également|nos articles|read more|read also|related\b|related coverage|see also|recommended|mehr zum thema|lesen sie auch|lesen sie mehr|weitere artikel|zum thema|das könnte sie auch interessieren|pour lire la suite|la suite est réservée|cet article est réservé|abonnez-vous|inscrivez-vous|newsletter|publicité|more\b.{0,30}\bstories|les plus lus|plus lus|vous aimerez aussi|à découvrir aussi|you may also like|you might also like|most read|most popular|top stories|also read|derniers articles|nos dernières vidéos)", RegexOptions.IgnoreCase)]
    private static partial Regex TeaserStart();

    [GeneratedRegex(@"^(?:partager|partagez|share|teilen|imprimer|print|envoyer|tweet|facebook|twitter|linkedin|whatsapp|e-mail|email|copier le lien|publicité|advertisement|anzeige|werbung)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UtilityStart();

    // "Crédits photos : Bestimage", "Image illustrative : X by Y", "Photo : AFP": who took the picture, not what it shows.
    [GeneratedRegex(@"^(?:©|(?:crédits?|credits?|copyright|photos?|images?|illustrations?|fotos?|bild(?:quelle)?|source)(?:\s+[\p{L}'’]+){0,2}\s*:|(?:images?|photos?|fotos?|bild)\s+(?:copyright|credit|©))", RegexOptions.IgnoreCase)]
    private static partial Regex CreditLine();

    public static bool IsCredit(string text) => text.Length < 200 && CreditLine().IsMatch(text);

    public static string Hints(IElement e) => (e.ClassName ?? "") + " " + (e.Id ?? "");

    /// <summary>True for blocks whose class or id says they are furniture (and nothing says article).</summary>
    public static bool IsUnlikely(IElement e)
    {
        var role = e.GetAttribute("role");
        if (role is "navigation" or "banner" or "contentinfo" or "complementary" or "search" or "menu" or "menubar" or "dialog" or "alert")
            return true;
        var hints = Hints(e);
        if (hints.Length < 2) return false;
        return Unlikely().IsMatch(hints) && !MaybeContent().IsMatch(hints);
    }

    /// <summary>A readers' comment thread: never the page, however much of its text it holds.</summary>
    public static bool IsCommentThread(IElement e) => CommentThread().IsMatch(Hints(e));

    [GeneratedRegex(@"comment|disqus|reaction|replies|discussion|forum", RegexOptions.IgnoreCase)]
    private static partial Regex CommentThread();

    /// <summary>Readability-style class weight: +25 for content words, -25 for furniture words.</summary>
    public static int ClassWeight(IElement e)
    {
        var weight = 0;
        foreach (var hint in new[] { e.ClassName, e.Id })
        {
            if (string.IsNullOrEmpty(hint)) continue;
            if (Negative().IsMatch(hint)) weight -= 25;
            if (Positive().IsMatch(hint)) weight += 25;
        }
        return weight;
    }

    public static bool IsTeaser(string text) => TeaserStart().IsMatch(text);

    // "Suivez-nous sur Facebook et X", "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube."
    [GeneratedRegex(@"^(?:suivez|follow|folgen sie)\b.{0,80}\b(?:facebook|twitter|instagram|linkedin|youtube|tiktok|x)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUs();

    public static bool IsUtility(string text) => text.Length < 60 && UtilityStart().IsMatch(text) || text.Length < 160 && FollowUs().IsMatch(text);

    public static bool IsHidden(IElement e)
    {
        if (e.HasAttribute("hidden")) return true;
        var style = e.GetAttribute("style");
        if (style is null) return false;
        var s = style.Replace(" ", "", StringComparison.Ordinal);
        return s.Contains("display:none", StringComparison.OrdinalIgnoreCase) || s.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }
}
