using AIMediaTracker.Core.Claims;
using AIMediaTracker.Data;
using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Claims;

/// <summary>
/// Grades each reported cut claim by how firmly its citations tie it to AI: the firmest citation
/// wins (one article quoting the employer is enough to call it explicit). Read from each figure's
/// sentence and the paragraph around it, and whether the employer itself is credited for the number.
/// </summary>
internal static class ClaimGrades
{
    // Enough text around the sentence to hold its paragraph.
    private const int Around = 600;

    public static async Task GradeAsync(TrackerDbContext db, List<(Claim Claim, List<LedgerFigure> Figures)> claims, CancellationToken ct)
    {
        var cuts = claims.Where(c => IsGraded(c.Claim)).ToList();
        var grades = await OfFiguresAsync(db, cuts.SelectMany(c => c.Figures.Select(f => f.Id)).ToList(), ct);
        foreach (var (claim, figures) in cuts)
        {
            var grade = AiLinkGrade.Unclear;
            foreach (var f in figures)
                if (grades.TryGetValue(f.Id, out var one) && one > grade) grade = one;
            claim.Grade = AiLinkGrader.Name(grade);
        }
    }

    /// <summary>Only reported cuts are graded.</summary>
    public static bool IsGraded(Claim claim) => claim is { Kind: "jobs_lost", Basis: "reported" };

    /// <summary>Each figure's grade, read from its sentence and paragraph.</summary>
    public static async Task<Dictionary<long, AiLinkGrade>> OfFiguresAsync(TrackerDbContext db, List<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var texts = await db.Figures.AsNoTracking().Where(f => EF.Parameter(ids).Contains(f.Id))
            .Select(f => new
            {
                f.Id, f.SentenceStart, f.SentenceEnd, f.Attribution, f.Subject,
                From = f.SentenceStart > Around ? f.SentenceStart - Around : 0,
                Window = f.Article!.Text.Substring(f.SentenceStart > Around ? f.SentenceStart - Around : 0,
                    f.SentenceEnd - (f.SentenceStart > Around ? f.SentenceStart - Around : 0) + Around),
            })
            .ToListAsync(ct);
        var grades = new Dictionary<long, AiLinkGrade>();
        foreach (var t in texts)
        {
            var sentenceStart = Math.Clamp(t.SentenceStart - t.From, 0, t.Window.Length);
            var sentenceEnd = Math.Clamp(t.SentenceEnd - t.From, sentenceStart, t.Window.Length);
            // The company whose jobs these are is also who the article credits for the number: the employer speaks.
            var employerSpeaks = ClaimBuckets.KeyOf(t.Subject) is { } subject && ClaimBuckets.KeyOf(t.Attribution) == subject;
            grades[t.Id] = AiLinkGrader.Grade(t.Window[sentenceStart..sentenceEnd], Paragraph(t.Window, sentenceStart, sentenceEnd), employerSpeaks);
        }
        return grades;
    }

    /// <summary>The lines around the sentence, up to the blank or line breaks that end its paragraph.</summary>
    private static string Paragraph(string window, int sentenceStart, int sentenceEnd)
    {
        var start = sentenceStart == 0 ? 0 : window.LastIndexOf('\n', sentenceStart - 1) + 1;
        var end = window.IndexOf('\n', sentenceEnd);
        return window[start..(end < 0 ? window.Length : end)];
    }
}
