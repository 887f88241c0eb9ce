using AIMediaTracker.Core.Claims;
using AIMediaTracker.Data;
using AIMediaTracker.Data.Entities;
using AIMediaTracker.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Curation;

/// <summary>
/// An operator says how firmly a reported cut is tied to AI. The grade is kept apart from the ledger
/// (<see cref="ClaimGradeOverride"/>, keyed by the claim's id, which is derived from the claim
/// itself), so that re-extraction and every rebuild of the ledger leave it in place.
/// </summary>
public sealed class ClaimCorrections(TrackerDbContext db, TimeProvider clock)
{
    /// <summary>Sets the grade; asking for the grade the claim already shows changes and logs nothing. Returns the grade shown.</summary>
    public async Task<string> SetGradeAsync(long claimId, string grade, string operatorName, CancellationToken ct)
    {
        var parsed = AiLinkGrader.Parse(grade?.Trim())
            ?? throw new CorrectionException($"Lien avec l'IA inconnu « {grade} » : explicit, attributed ou unclear.");
        var name = AiLinkGrader.Name(parsed);
        return await CorrectionLog.InTransactionAsync(db, async () =>
        {
            var claim = await db.Claims.AsNoTracking().Where(c => c.Id == claimId)
                .Select(c => new { c.Kind, c.Basis, c.Grade }).SingleOrDefaultAsync(ct)
                ?? throw new CorrectionException($"Aucune affirmation n° {claimId}.");
            if (claim is not { Kind: "jobs_lost", Basis: ClaimQueries.Reported })
                throw new CorrectionException("Seules les suppressions d'emplois constatées ou annoncées ont un lien avec l'IA à corriger.");
            var chosen = await db.ClaimGradeOverrides.SingleOrDefaultAsync(g => g.ClaimId == claimId, ct);
            var old = chosen?.Grade ?? claim.Grade;
            if (old == name) return name; // nothing changes, so nothing is logged
            if (chosen is null) db.ClaimGradeOverrides.Add(chosen = new ClaimGradeOverride { ClaimId = claimId, Grade = name, OperatorName = operatorName });
            chosen.Grade = name;
            chosen.OperatorName = operatorName;
            chosen.At = clock.GetUtcNow();
            CorrectionLog.Add(db, clock, operatorName, CorrectionQueries.Claim, claimId, "grade",
                $"Lien avec l'IA : {Shown(old)} → {Shown(name)}.");
            return name;
        }, ct);
    }

    /// <summary>A grade in the audit line, in French as the screens call it.</summary>
    private static string Shown(string? grade) => grade switch
    {
        "explicit" => "explicite",
        "attributed" => "attribué",
        "unclear" => "incertain",
        _ => "(aucun)",
    };
}
