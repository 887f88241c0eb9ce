using System.Text.RegularExpressions;
using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// Whether a figure reports a fact or a decision, or relays a projection: a risk, a modal
/// (« pourraient », « devrait »), a conditional, the words of an estimate or a survey, or a
/// forecast about a sector. A workforce is always a count; an employer announcing its own plan
/// in the conditional of reported speech (« seraient supprimés ») states a decision.
/// </summary>
internal static class FigureBasisReader
{
    private static readonly Lazy<Regex> Modal = new(() => FigureLexicon.Regex("modal-conditional"));
    private static readonly Lazy<Regex> Conditional = new(() => FigureLexicon.Regex("other-conditional"));
    private static readonly Lazy<HashSet<string>> NotConditional = new(() => new(FigureLexicon.Entries("not-conditional"), StringComparer.OrdinalIgnoreCase));
    private static readonly Lazy<Regex> Estimates = new(() => FigureLexicon.Regex("estimates"));
    private static readonly Lazy<Regex> Forecast = new(() => FigureLexicon.Regex("forecast-verbs"));
    private static readonly Lazy<Regex> ForwardHorizon = new(() =>
        new Regex(@"(?<![\p{L}])(?:d'ici|à\s+l'horizon|horizon)(?:\s+(?:à|a|la|fin|de|d'))*\s+(?:19|20)\d{2}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled));

    public static FigureBasis Basis(string s, FigureFact figure, Span sentence, Span clause, string? subject, string? attribution)
    {
        if (figure.Kind == FigureKind.Workforce) return FigureBasis.Reported;
        if (figure.Kind == FigureKind.JobsAtRisk || Has(Modal.Value, s, clause)) return FigureBasis.Projected;
        var ownAnnouncement = subject is not null && subject == attribution;
        if (!ownAnnouncement && HasConditional(s, clause)) return FigureBasis.Projected;
        return Projects(s, figure, sentence, subject is null) ? FigureBasis.Projected : FigureBasis.Reported;
    }

    /// <summary>Whether the words alone make the figure a projection, before its subject is known.</summary>
    public static bool IsProjected(string s, FigureFact figure, Span sentence, Span clause, bool subjectIsNull) =>
        figure.Kind != FigureKind.Workforce
        && (figure.Kind == FigureKind.JobsAtRisk || Has(Modal.Value, s, clause) || HasConditional(s, clause) || Projects(s, figure, sentence, subjectIsNull));

    /// <summary>An estimate in so many words (a risk, a modal, estimate words), the soft conditional of reported speech aside.</summary>
    public static bool IsEstimate(string s, FigureFact figure, Span sentence) =>
        figure.Kind == FigureKind.JobsAtRisk || Has(Modal.Value, s, sentence) || Projects(s, figure, sentence, subjectIsNull: true);

    /// <summary>A modal or a conditional: the words are someone's (« le secteur ferait travailler 3 000 comédiens »).</summary>
    public static bool IsReportedSpeech(string s, Span clause) => Has(Modal.Value, s, clause) || HasConditional(s, clause);

    private static bool Projects(string s, FigureFact figure, Span sentence, bool subjectIsNull)
    {
        if (Has(Estimates.Value, s, sentence)) return true;
        if (!subjectIsNull) return false;
        if (Has(Forecast.Value, s, sentence)) return true;
        var aboutJobs = figure.Kind is FigureKind.JobsLost or FigureKind.JobsCreated or FigureKind.JobsAffected or FigureKind.ShareOfJobs;
        return aboutJobs && Has(ForwardHorizon.Value, s, sentence);
    }

    private static bool HasConditional(string s, Span clause)
    {
        for (var m = Conditional.Value.Match(s, clause.Start, clause.Length); m.Success; m = m.NextMatch())
            if (!NotConditional.Value.Contains(m.Value)) return true;
        return false;
    }

    private static bool Has(Regex regex, string s, Span span) =>
        span.Length > 0 && regex.IsMatch(s.AsSpan(span.Start, span.Length));
}
