using AIMediaTracker.Core.Model;
using AIMediaTracker.Data;
using AIMediaTracker.Data.Queries;
using AIMediaTracker.Data.Entities;
using AIMediaTracker.Ingestion.Claims;
using AIMediaTracker.Ingestion.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Curation;

/// <summary>
/// An operator marks a figure as wrong, gives it another kind, or says whose claim it is (basis,
/// attribution, subject). The verdict is stored by article and span (<see cref="FigureCorrection"/>),
/// and <c>RecordWriter</c> applies it whenever the article's figures are rebuilt, so re-extraction
/// does not bring a rejected figure back nor undo a correction.
/// </summary>
public sealed class FigureCorrections(TrackerDbContext db, TimeProvider clock, ArticleReextractor reextractor)
{
    /// <summary>Removes the figure from every screen; it stays listed on its article's page, to be restored.</summary>
    public Task RejectAsync(long figureId, string operatorName, CancellationToken ct) =>
        CorrectionLog.InTransactionAsync(db, async () =>
        {
            var figure = await FigureAsync(figureId, ct);
            var verdict = await VerdictAsync(figure.ArticleId, figure.Start, figure.End, ct);
            verdict.Rejected = true;
            await new ClaimLedger(db).DeleteFiguresAsync([figure.Id], ct);
            CorrectionLog.Add(db, clock, operatorName, CorrectionQueries.Figure, figure.ArticleId, "reject", $"Chiffre « {await ExcerptAsync(figure, ct)} » ({figure.Kind}) marqué comme faux.");
            return figure;
        }, ct);

    public async Task SetKindAsync(long figureId, string kind, string operatorName, CancellationToken ct)
    {
        var parsed = ParseKind(kind).ToContractName();
        await CorrectionLog.InTransactionAsync(db, async () =>
        {
            var figure = await FigureAsync(figureId, ct);
            var old = figure.Kind;
            if (old == parsed) return figure; // nothing changes, so nothing is logged
            var verdict = await VerdictAsync(figure.ArticleId, figure.Start, figure.End, ct);
            verdict.Kind = parsed;
            figure.Kind = parsed;
            await db.SaveChangesAsync(ct);
            await new ClaimLedger(db).RefreshFiguresAsync([figure.Id], ct);
            CorrectionLog.Add(db, clock, operatorName, CorrectionQueries.Figure, figure.ArticleId, "kind", $"Chiffre « {await ExcerptAsync(figure, ct)} » : type {old} → {parsed}.");
            return figure;
        }, ct);
    }

    /// <summary>
    /// Changes the fields <paramref name="edit"/> names, in one transaction with one audit line per
    /// field that really changes: asking for what the figure already says changes and logs nothing.
    /// Returns what the figure says afterwards.
    /// </summary>
    public async Task<FigureClaimFields> SetClaimAsync(long figureId, ClaimEdit edit, string operatorName, CancellationToken ct)
    {
        var basis = edit.Basis is null ? null : ParseBasis(edit.Basis).ToContractName();
        var attribution = NameOrNone(edit.Attribution, "L'attribution");
        var subject = NameOrNone(edit.Subject, "Le nom de l'organisation concernée");
        var edited = await CorrectionLog.InTransactionAsync(db, async () =>
        {
            var figure = await FigureAsync(figureId, ct);
            // What the figure says now and what it will say: a field not asked for keeps its value.
            var changes = new (string Action, string Label, string? Old, string? New)[]
            {
                ("basis", "base", figure.Basis, basis ?? figure.Basis),
                ("attribution", "attribution", figure.Attribution, Chosen(attribution, figure.Attribution)),
                ("subject", "organisation concernée", figure.Subject, Chosen(subject, figure.Subject)),
            }.Where(c => c.Old != c.New).ToList();
            if (changes.Count == 0) return figure;
            var verdict = await VerdictAsync(figure.ArticleId, figure.Start, figure.End, ct);
            var excerpt = await ExcerptAsync(figure, ct);
            foreach (var (action, label, old, now) in changes)
            {
                switch (action)
                {
                    case "basis": figure.Basis = now!; verdict.Basis = now; break;
                    case "attribution": figure.Attribution = now; verdict.Attribution = now ?? None; break;
                    default: figure.Subject = now; verdict.Subject = now ?? None; break;
                }
                CorrectionLog.Add(db, clock, operatorName, CorrectionQueries.Figure, figure.ArticleId, action,
                    $"Chiffre « {excerpt} » : {label} {Shown(old)} → {Shown(now)}.");
            }
            // Basis, attribution and subject decide which claim the figure belongs to.
            await db.SaveChangesAsync(ct);
            await new ClaimLedger(db).RefreshFiguresAsync([figure.Id], ct);
            return figure;
        }, ct);
        return new FigureClaimFields(edited.Basis, edited.Attribution, edited.Subject);
    }

    /// <summary>
    /// The operator's value over the extractor's, as <c>RecordWriter</c> applies it: null keeps the
    /// extracted value, "" (<see cref="None"/>) removes it.
    /// </summary>
    public static string? Chosen(string? chosen, string? extracted) =>
        chosen is null ? extracted : chosen.Length == 0 ? null : chosen;

    /// <summary>Stored in a verdict's attribution or subject: the operator said there is none.</summary>
    internal const string None = "";

    /// <summary>Lifts a rejection, then rebuilds the article's records so the figure comes back.</summary>
    public async Task RestoreAsync(int correctionId, string operatorName, CancellationToken ct)
    {
        var verdict = await db.FigureCorrections.SingleOrDefaultAsync(c => c.Id == correctionId && c.Rejected, ct)
            ?? throw new CorrectionException("Ce chiffre n'est pas marqué comme faux.");
        verdict.Rejected = false;
        if (verdict is { Kind: null, Basis: null, Attribution: null, Subject: null }) db.FigureCorrections.Remove(verdict);
        var text = await db.Articles.Where(a => a.Id == verdict.ArticleId).Select(a => a.Text).SingleAsync(ct);
        CorrectionLog.Add(db, clock, operatorName, CorrectionQueries.Figure, verdict.ArticleId, "restore",
            $"Chiffre « {text[verdict.Start..verdict.End]} » rétabli.");
        await db.SaveChangesAsync(ct);
        await reextractor.ReextractAsync(verdict.ArticleId, ct);
    }

    public static FigureKind ParseKind(string kind)
    {
        try { return FigureKindNames.Parse(kind); }
        catch (ArgumentException) { throw new CorrectionException($"Type de chiffre inconnu « {kind} »."); }
    }

    public static FigureBasis ParseBasis(string basis)
    {
        try { return FigureKindNames.ParseBasis(basis); }
        catch (ArgumentException) { throw new CorrectionException($"Base de chiffre inconnue « {basis} » : reported ou projected."); }
    }

    // The longest name the figure columns hold (FigureConfiguration).
    private const int MaxNameLength = 200;

    /// <summary>null stays null (no change asked), blank becomes <see cref="None"/>, a name is trimmed to one-space words.</summary>
    private static string? NameOrNone(string? name, string what)
    {
        if (name is null) return null;
        var words = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return words.Length <= MaxNameLength ? words
            : throw new CorrectionException($"{what} dépasse {MaxNameLength} caractères.");
    }

    private static string Shown(string? value) => value is null ? "(aucune)" : $"« {value} »";

    private async Task<Figure> FigureAsync(long id, CancellationToken ct) =>
        await db.Figures.SingleOrDefaultAsync(f => f.Id == id, ct) ?? throw new CorrectionException($"Aucun chiffre n° {id}.");

    private async Task<FigureCorrection> VerdictAsync(int articleId, int start, int end, CancellationToken ct)
    {
        var verdict = await db.FigureCorrections.SingleOrDefaultAsync(c => c.ArticleId == articleId && c.Start == start && c.End == end, ct);
        if (verdict is null)
        {
            verdict = new FigureCorrection { ArticleId = articleId, Start = start, End = end };
            db.FigureCorrections.Add(verdict);
        }
        return verdict;
    }

    private async Task<string> ExcerptAsync(Figure figure, CancellationToken ct)
    {
        var text = await db.Articles.Where(a => a.Id == figure.ArticleId).Select(a => a.Text).SingleAsync(ct);
        return text[figure.Start..figure.End];
    }

}
