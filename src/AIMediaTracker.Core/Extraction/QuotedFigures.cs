using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// « « 70 % des métiers vont changer. » C'est par ces chiffres que le ministre, Younes Sekkouri, a ouvert la conférence »:
/// a figure a quotation holds is the word of whoever the quotation is given to. Only a quotation that opens its sentence:
/// a few words quoted inside one (« la révélation de Klarna d'un outil qui produit « un travail équivalent à 700 employés » »)
/// are often another's words than the speaker's nearest name.
/// </summary>
internal sealed class QuotedFigures(string text, IReadOnlyList<QuoteFact> quotes)
{
    private readonly List<QuoteFact> spoken = quotes.Where(q => q.Speaker is not null && OpensSentence(text, q.Span.Start)).ToList();

    /// <summary>The speaker of the quotation that holds <paramref name="figure"/>, or null.</summary>
    public string? SpeakerOf(Span figure) =>
        spoken.FirstOrDefault(q => q.Span.Start <= figure.Start && figure.End <= q.Span.End)?.Speaker;

    // Before the opening mark, the text's start, a line break, or a sentence's or an announcement's end (« a déclaré : « … » »).
    // The text is folded (ArticleText.Matchable): every quotation mark is '"', every space ' '.
    private static bool OpensSentence(string text, int innerStart)
    {
        var before = text.AsSpan(0, innerStart).TrimEnd(' ');
        if (before.IsEmpty || before[^1] != '"') return false;
        before = before[..^1].TrimEnd(' ');
        return before.IsEmpty || before[^1] is '\n' or '.' or '!' or '?' or ':';
    }
}
