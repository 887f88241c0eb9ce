using System.Runtime.CompilerServices;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Ner;

/// <summary>
/// The tagger's names for one article, computed once and shared by the organisation and person
/// extractors. The listed organisations found in the text are features of the tagger.
/// </summary>
public static class ArticleNames
{
    private static readonly ConditionalWeakTable<ArticleText, List<NerEntity>> Cache = new();

    public static IReadOnlyList<NerEntity> Of(ArticleText text) => Cache.GetValue(text, static t =>
        NerTagger.Tag(t, t.ListedOrganizations.Select(m => m.Span).ToList()));
}
