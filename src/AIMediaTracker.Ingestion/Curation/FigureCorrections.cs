using AIMediaTracker.Core.Model;
using AIMediaTracker.Data;
using AIMediaTracker.Data.Queries;
using AIMediaTracker.Data.Entities;
using AIMediaTracker.Ingestion.Claims;
using AIMediaTracker.Ingestion.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Curation;

/// <summary>
/// An operator marks a figure as wrong, or gives it another kind. The verdict is stored by article
/// and span (<see cref="FigureCorrection"/>), and <c>RecordWriter</c> applies it whenever the
/// article's figures are rebuilt, so re-extraction does not bring a rejected figure back.
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
            var verdict = await VerdictAsync(figure.ArticleId, figure.Start, figure.End, ct);
            verdict.Kind = parsed;
            figure.Kind = parsed;
            await db.SaveChangesAsync(ct);
            await new ClaimLedger(db).RefreshFiguresAsync([figure.Id], ct);
            CorrectionLog.Add(db, clock, operatorName, CorrectionQueries.Figure, figure.ArticleId, "kind", $"Chiffre « {await ExcerptAsync(figure, ct)} » : type {old} → {parsed}.");
            return figure;
        }, ct);
    }

    /// <summary>Lifts a rejection, then rebuilds the article's records so the figure comes back.</summary>
    public async Task RestoreAsync(int correctionId, string operatorName, CancellationToken ct)
    {
        var verdict = await db.FigureCorrections.SingleOrDefaultAsync(c => c.Id == correctionId && c.Rejected, ct)
            ?? throw new CorrectionException("Ce chiffre n'est pas marqué comme faux.");
        verdict.Rejected = false;
        if (verdict.Kind is null) db.FigureCorrections.Remove(verdict);
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
