using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Data.Queries;

/// <summary>The audit trail of operators' corrections, newest first.</summary>
public sealed class CorrectionQueries(TrackerDbContext db)
{
    public const string Organization = "organization";
    public const string Person = "person";
    public const string Figure = "figure";
    public const string Claim = "claim";

    public Task<List<Correction>> ForAsync(string subject, long subjectId, CancellationToken ct) =>
        db.Corrections.AsNoTracking().Where(c => c.Subject == subject && c.SubjectId == subjectId)
            .OrderByDescending(c => c.Id).Take(100).ToListAsync(ct);

    public Task<List<Correction>> RecentAsync(int count, CancellationToken ct) =>
        db.Corrections.AsNoTracking().OrderByDescending(c => c.Id).Take(count).ToListAsync(ct);

    /// <summary>
    /// The page address a merged organisation's old slug now leads to, read from the merge's log line
    /// (« X » (old-slug) fusionnée dans …); the newest merge whose survivor still exists wins.
    /// </summary>
    public async Task<string?> OrganizationMergedIntoAsync(string slug, CancellationToken ct)
    {
        if (slug.Length is 0 or > 300) return null;
        var marker = $"({slug}) fusionnée dans";
        var survivors = await db.Corrections.AsNoTracking()
            .Where(c => c.Subject == Organization && c.Action == "merge" && c.Detail.Contains(marker))
            .OrderByDescending(c => c.Id).Select(c => c.SubjectId).Take(10).ToListAsync(ct);
        foreach (var id in survivors)
            if (await db.Organizations.Where(o => o.Id == id).Select(o => o.Slug).FirstOrDefaultAsync(ct) is { } survivor) return survivor;
        return null;
    }

    /// <summary>The page address a merged person's old slug now leads to (PersonAliases).</summary>
    public Task<string?> PersonMergedIntoAsync(string slug, CancellationToken ct) =>
        db.PersonAliases.AsNoTracking().Where(a => a.Slug == slug && a.Person!.Slug != slug).Select(a => a.Person!.Slug).FirstOrDefaultAsync(ct);

    /// <summary>Figures of an article an operator marked wrong, with the words they covered.</summary>
    public async Task<List<RejectedFigure>> RejectedFiguresAsync(int articleId, CancellationToken ct)
    {
        var text = await db.Articles.Where(a => a.Id == articleId).Select(a => a.Text).SingleOrDefaultAsync(ct);
        if (text is null) return [];
        var rows = await db.FigureCorrections.AsNoTracking().Where(c => c.ArticleId == articleId && c.Rejected)
            .OrderBy(c => c.Start).ToListAsync(ct);
        return rows.Where(r => r.End <= text.Length).Select(r => new RejectedFigure(r.Id, text[r.Start..r.End])).ToList();
    }
}

public sealed record RejectedFigure(int CorrectionId, string Words);
