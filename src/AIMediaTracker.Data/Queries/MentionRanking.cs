using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Data.Queries;

/// <summary>
/// The organisations most named, by the number of distinct articles naming them (ties by name): the
/// dashboard's top organisations under a filter and a person's or product's « cited with » list. (An
/// organisation's own lists are kept at write time: <see cref="Entities.CoMention"/>.)
/// </summary>
internal static class MentionRanking
{
    public static Task<List<Named>> OrganizationsAsync(IQueryable<Mention> mentions, int take, CancellationToken ct) =>
        TopAsync(mentions.Where(m => m.OrganizationId != null)
            .Select(m => new NamedMention { ArticleId = m.ArticleId, Slug = m.Organization!.Slug, Name = m.Organization.Name }), take, ct);

    private static Task<List<Named>> TopAsync(IQueryable<NamedMention> mentions, int take, CancellationToken ct) =>
        mentions.AsNoTracking()
            .GroupBy(m => new { m.Slug, m.Name })
            .Select(g => new { g.Key.Slug, g.Key.Name, Count = g.Select(m => m.ArticleId).Distinct().Count() })
            .OrderByDescending(n => n.Count).ThenBy(n => n.Name).Take(take)
            .Select(n => new Named(n.Slug, n.Name, n.Count)).ToListAsync(ct);

    // A member-initialised type, not a record: EF translates grouping on its members.
    private sealed class NamedMention
    {
        public int ArticleId { get; init; }
        public string Slug { get; init; } = "";
        public string Name { get; init; } = "";
    }
}
