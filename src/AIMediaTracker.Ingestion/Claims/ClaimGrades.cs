using AIMediaTracker.Core.Claims;
using AIMediaTracker.Data;
using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Claims;

/// <summary>
/// Grades each reported cut claim by how firmly its citations tie it to AI: the firmest citation
/// wins (one article quoting the employer is enough to call it explicit). Read from each figure's
/// sentence and the paragraph around it.
/// </summary>
internal static class ClaimGrades
{
    // Enough text around the sentence to hold its paragraph.
    private const int Around = 600;

    public static async Task GradeAsync(TrackerDbContext db, List<(Claim Claim, List<LedgerFigure> Figures)> claims, CancellationToken ct)
    {
        var cuts = claims.Where(c => c.Claim is { Kind: "jobs_lost", Basis: "reported" }).ToList();
        var ids = cuts.SelectMany(c => c.Figures.Select(f => f.Id)).ToList();
        if (ids.Count == 0) return;
        var texts = await db.Figures.AsNoTracking().Where(f => ids.Contains(f.Id))
            .Select(f => new
            {
                f.Id, f.SentenceStart, f.SentenceEnd,
                From = f.SentenceStart > Around ? f.SentenceStart - Around : 0,
                Window = f.Article!.Text.Substring(f.SentenceStart > Around ? f.SentenceStart - Around : 0,
                    f.SentenceEnd - (f.SentenceStart > Around ? f.SentenceStart - Around : 0) + Around),
            })
            .ToDictionaryAsync(f => f.Id, ct);
        foreach (var (claim, figures) in cuts)
        {
            var grade = AiLinkGrade.Unclear;
            foreach (var f in figures)
            {
                if (!texts.TryGetValue(f.Id, out var t)) continue;
                var sentenceStart = Math.Clamp(t.SentenceStart - t.From, 0, t.Window.Length);
                var sentenceEnd = Math.Clamp(t.SentenceEnd - t.From, sentenceStart, t.Window.Length);
                var sentence = t.Window[sentenceStart..sentenceEnd];
                var grade1 = AiLinkGrader.Grade(sentence, Paragraph(t.Window, sentenceStart, sentenceEnd));
                if (grade1 > grade) grade = grade1;
            }
            claim.Grade = AiLinkGrader.Name(grade);
        }
    }

    /// <summary>The lines around the sentence, up to the blank or line breaks that end its paragraph.</summary>
    private static string Paragraph(string window, int sentenceStart, int sentenceEnd)
    {
        var start = sentenceStart == 0 ? 0 : window.LastIndexOf('\n', sentenceStart - 1) + 1;
        var end = window.IndexOf('\n', sentenceEnd);
        return window[start..(end < 0 ? window.Length : end)];
    }
}
