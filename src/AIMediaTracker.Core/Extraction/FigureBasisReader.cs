using System.Text.RegularExpressions;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Whether a figure reports a fact or a decision, or relays a projection: a risk, a modal
/// (« pourraient », « devrait »), a conditional, the words of an estimate or a survey, or a
/// forecast about a sector. A workforce is always a count; an employer announcing its own plan
/// in the conditional of reported speech (« seraient supprimés ») states a decision.
/// </summary>
internal static partial class FigureBasisReader
{
    private static readonly Lazy<Regex> Modal = new(() => FigureLexicon.Regex("modal-conditional"));
    private static readonly Lazy<Regex> Conditional = new(() => FigureLexicon.Regex("other-conditional"));
    private static readonly Lazy<HashSet<string>> NotConditional = new(() => new(FigureLexicon.Entries("not-conditional"), StringComparer.OrdinalIgnoreCase));
    private static readonly Lazy<Regex> Estimates = new(() => FigureLexicon.Regex("estimates"));
    private static readonly Lazy<Regex> Forecast = new(() => FigureLexicon.Regex("forecast-verbs"));
    private static readonly Lazy<Regex> NearFuture = new(() => FigureLexicon.Regex("near-future"));
    private static readonly Lazy<Regex> FutureVerbs = new(() => FigureLexicon.Regex("future-verbs"));
    private static readonly Lazy<Regex> ForwardHorizon = new(() =>
        new Regex(@"(?<![\p{L}])(?:d'ici|à\s+l'horizon|horizon)(?:\s+(?:à|a|la|fin|de|d'))*\s+(?:19|20)\d{2}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled));

    public static FigureBasis Basis(ArticleText text, FigureFact figure, Span sentence, Span clause, string? subject, string? attribution)
    {
        if (figure.Kind == FigureKind.Workforce) return FigureBasis.Reported;
        if (figure.Kind == FigureKind.JobsAtRisk || HasModal(text, clause)) return FigureBasis.Projected;
        var ownAnnouncement = subject is not null && subject == attribution;
        if (!ownAnnouncement && HasConditional(text, clause)) return FigureBasis.Projected;
        return Projects(text, figure, sentence, subject is null) ? FigureBasis.Projected : FigureBasis.Reported;
    }

    /// <summary>Whether the words alone make the figure a projection, before its subject is known.</summary>
    public static bool IsProjected(ArticleText text, FigureFact figure, Span sentence, Span clause, bool subjectIsNull) =>
        figure.Kind != FigureKind.Workforce
        && (figure.Kind == FigureKind.JobsAtRisk || HasModal(text, clause) || HasConditional(text, clause) || Projects(text, figure, sentence, subjectIsNull));

    /// <summary>An estimate in so many words (a risk, a modal, estimate words), the soft conditional of reported speech aside.</summary>
    public static bool IsEstimate(ArticleText text, FigureFact figure, Span sentence) =>
        IsEstimateInWords(text, figure, sentence) || HasJobsDeadline(text, figure, sentence);

    /// <summary>An estimate in words that do not depend on who speaks: a risk, a modal, estimate words, a forecast verb (no deadline alone).</summary>
    public static bool IsEstimateInWords(ArticleText text, FigureFact figure, Span sentence) =>
        figure.Kind == FigureKind.JobsAtRisk || HasModal(text, sentence) || HasEstimateWord(text, sentence, figure.Span.Start)
        || Has(text, AnchorWords.ForecastVerbs, Forecast.Value, sentence);

    /// <summary>A modal or a conditional: the words are someone's (« le secteur ferait travailler 3 000 comédiens »).</summary>
    public static bool IsReportedSpeech(ArticleText text, Span clause) => HasModal(text, clause) || HasConditional(text, clause);

    private static bool Projects(ArticleText text, FigureFact figure, Span sentence, bool subjectIsNull)
    {
        if (HasEstimateWord(text, sentence, figure.Span.Start)) return true;
        if (!subjectIsNull) return false;
        return Has(text, AnchorWords.ForecastVerbs, Forecast.Value, sentence) || HasJobsDeadline(text, figure, sentence)
            || Has(text, AnchorWords.NearFuture, NearFuture.Value, sentence)
            || Has(text, AnchorWords.FutureVerbs, FutureVerbs.Value, new Span(sentence.Start, Math.Max(sentence.Start, figure.Span.Start)));
    }

    // « d'ici 2030 », « à l'horizon 2035 » in a sentence about jobs.
    private static bool HasJobsDeadline(ArticleText text, FigureFact figure, Span sentence) =>
        figure.Kind is FigureKind.JobsLost or FigureKind.JobsCreated or FigureKind.JobsAffected or FigureKind.ShareOfJobs
        && sentence.Length > 0 && ForwardHorizon.Value.IsMatch(text.Matchable.AsSpan(sentence.Start, sentence.Length));

    // « », estime Youssef El Aoufir, cofondateur d'Intelcia, qui a réalisé 734 millions d'euros »: after a quotation,
    // « estime » says who spoke, and what it estimates is the quotation, not the figures said after it.
    private static bool HasEstimateWord(ArticleText text, Span span, int figure)
    {
        if (span.Length == 0 || !text.HasAnchor(AnchorWords.Estimates, span.Start, span.End)) return false;
        for (var m = Estimates.Value.Match(text.Matchable, span.Start, span.Length); m.Success; m = m.NextMatch())
            if (m.Index > figure || !QuoteIncise().IsMatch(text.Matchable.AsSpan(Math.Max(span.Start, m.Index - 8), Math.Min(8, m.Index - span.Start)))) return true;
        return false;
    }

    [GeneratedRegex(@"[»""”]\s*,\s*(?:a\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex QuoteIncise();

    private static bool HasModal(ArticleText text, Span span) => Has(text, AnchorWords.Modals, Modal.Value, span);

    private static bool HasConditional(ArticleText text, Span clause)
    {
        // The stem's ending (« *(rait|raient) ») is tried at every word: only where one is written.
        if (!text.HasAnchor(AnchorWords.Conditionals, clause.Start, clause.End)) return false;
        for (var m = Conditional.Value.Match(text.Matchable, clause.Start, clause.Length); m.Success; m = m.NextMatch())
            if (!NotConditional.Value.Contains(m.Value) && !IsImperfect(m.Value)) return true;
        return false;
    }

    // « se séparait », « déclarait », « espérait », « assurait »: the imperfect of a verb in -rer ends like a
    // conditional, but a vowel other than « e » comes before its « r » (the conditional is « séparerait »).
    // « aurait », « saurait » are conditionals all the same.
    private static bool IsImperfect(string word) =>
        Imperfect().IsMatch(word) && !AvoirSavoir().IsMatch(word);

    [GeneratedRegex(@"[aéuo]r(?:ait|aient)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Imperfect();

    [GeneratedRegex(@"(?:^|[^\p{L}])s?aur(?:ait|aient)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AvoirSavoir();

    // A match holds one of its section's anchor words: where none starts, the pattern is not run.
    private static bool Has(ArticleText text, int anchors, Regex regex, Span span) =>
        span.Length > 0 && text.HasAnchor(anchors, span.Start, span.End) && regex.IsMatch(text.Matchable.AsSpan(span.Start, span.Length));
}
