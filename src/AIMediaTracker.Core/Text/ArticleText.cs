using System.Text;
using AIMediaTracker.Core.French;
using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Text;

/// <summary>
/// The text every extractor reads. <see cref="Original"/> is the NFC form that is stored;
/// <see cref="Matchable"/> has exactly the same length, with typographic apostrophes,
/// quotes and no-break spaces folded to ASCII so patterns stay simple while offsets
/// found in one are valid in the other.
/// </summary>
public sealed class ArticleText
{
    private ArticleText(string original, DateOnly? publishedAt)
    {
        Original = original;
        Matchable = FrenchTypography.Fold(original);
        Sentences = SentenceSplitter.Split(Matchable);
        PublishedAt = publishedAt;
    }

    private ArticleText(ArticleText text, DateOnly? publishedAt, bool keepWorkingSets = true)
    {
        Original = text.Original;
        Matchable = text.Matchable;
        Sentences = text.Sentences;
        PublishedAt = publishedAt;
        if (!keepWorkingSets) return;
        words = text.words;
        urls = text.urls;
        anchorHits = text.anchorHits;
        listedOrganizations = text.listedOrganizations;
    }

    public string Original { get; }

    public string Matchable { get; }

    public IReadOnlyList<Span> Sentences { get; }

    /// <summary>The words of <see cref="Matchable"/>, tokenised once for the extractors that read them.</summary>
    public IReadOnlyList<WordToken> Words => words ??= WordTokenizer.Tokenize(Matchable);

    private IReadOnlyList<WordToken>? words;

    /// <summary>The web addresses written in <see cref="Matchable"/>, found once: links are extracted from them and dates never read inside them.</summary>
    public IReadOnlyList<UrlFinder.Found> Urls => urls ??= UrlFinder.Find(Matchable);

    private IReadOnlyList<UrlFinder.Found>? urls;

    /// <summary>Where the words the extractor's rules are anchored on stand in <see cref="Matchable"/>, found once for all of them.</summary>
    internal List<int>[] AnchorHits => anchorHits ??= Extraction.AnchorWords.Find(Matchable);

    private List<int>[]? anchorHits;

    /// <summary>Titles of works (« Hunger Games » in quotation marks, « le film Beau Is Afraid »), found once for the organisation and person extractors.</summary>
    internal List<Span> WorkTitles => workTitles ??= Extraction.WorkTitles.Find(Original, Quotations, AnchorHits);

    private List<Span>? workTitles;

    /// <summary>The quotations of the text, paired once for the work titles, the figures' claims and the quotes.</summary>
    internal List<Extraction.QuotationMarks.Quoted> Quotations => quotations ??= Extraction.QuotationMarks.Find(Original);

    private List<Extraction.QuotationMarks.Quoted>? quotations;

    /// <summary>Whether a word of anchor set <paramref name="set"/> starts in [<paramref name="start"/>, <paramref name="end"/>).</summary>
    internal bool HasAnchor(int set, int start, int end)
    {
        var hits = AnchorHits[set];
        var k = hits.BinarySearch(start);
        if (k < 0) k = ~k;
        return k < hits.Count && hits[k] < end;
    }

    /// <summary>
    /// Where the gazetteer's organisations are written, found once: the organisation extractor reads
    /// them and the tagger takes them as a feature.
    /// </summary>
    public IReadOnlyList<(Span Span, Extraction.GazetteerEntry Entry)> ListedOrganizations =>
        listedOrganizations ??= Extraction.Gazetteer.OrganizationPhrases.FindAll(Matchable, Words);

    private IReadOnlyList<(Span Span, Extraction.GazetteerEntry Entry)>? listedOrganizations;

    /// <summary>Publication date, used to resolve relative dates ("mars dernier").</summary>
    public DateOnly? PublishedAt { get; }

    public static ArticleText From(string text, DateOnly? publishedAt = null) =>
        new(Normalize(text), publishedAt);

    /// <summary>
    /// The same text without what the extractors worked from (words, anchor hits, addresses, listed
    /// names): sentences and offsets stay valid. An import keeps two batches of prepared articles in
    /// memory while it writes, and those working sets were half of each article's 45 KB.
    /// </summary>
    public ArticleText WithoutWorkingSets() => new(this, PublishedAt, keepWorkingSets: false);

    /// <summary>The same text with another publication date, without folding and splitting it again.</summary>
    public ArticleText WithPublishedAt(DateOnly? publishedAt) => new(this, publishedAt);

    /// <summary>NFC and unified line ends: the form in which text is stored.</summary>
    public static string Normalize(string text) =>
        text.Replace("\r\n", "\n").Replace('\r', '\n').Normalize(NormalizationForm.FormC);

    public string this[Span span] => Original[span.Start..span.End];

    /// <summary>The sentence holding <paramref name="offset"/>, or the whole text when none does.</summary>
    public Span SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var s = Sentences[mid];
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return s;
        }
        return lo < Sentences.Count ? Sentences[lo] : new Span(0, Original.Length);
    }

    public string SentenceTextAt(int offset) => this[SentenceAt(offset)].Trim();
}
