using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Data.Queries;

public enum TimelineEventKind
{
    Publication,
    Fact,
    Projection,
}

/// <summary>One dated event: an article's publication, a dated fact in it, or a projection ("d'ici 2026").</summary>
public sealed record TimelineEvent(
    DateOnly Day, string Iso, TimelineEventKind Kind, int ArticleId, string ArticleTitle,
    string? Sentence, long? DateId);

/// <summary>The chronology: publications and the dated facts inside articles, filtered like the dashboard.</summary>
public sealed class TimelineQueries(TrackerDbContext db, QueryCache cache)
{
    public Task<Paged<TimelineEvent>> GetAsync(TrackerFilter filter, int page, int pageSize, CancellationToken ct) =>
        cache.GetOrAddAsync(db, $"timeline|{filter}|{page}|{pageSize}", () => ComputeAsync(filter, page, pageSize, ct), ct);

    private async Task<Paged<TimelineEvent>> ComputeAsync(TrackerFilter filter, int page, int pageSize, CancellationToken ct)
    {
        page = Math.Max(1, page);
        // The period filters the events themselves, not the articles they come from.
        var articles = FilteredArticles.Apply(db.Articles.AsNoTracking(), filter with { From = null, To = null });
        var from = filter.FromDay;
        var to = filter.ToDay;

        var publications = articles.Where(a => a.PublishedAt != null
                && (from == null || a.PublishedAt >= from) && (to == null || a.PublishedAt <= to))
            .Select(a => new { Day = a.PublishedAt!.Value, Iso = "", Kind = 0, ArticleId = a.Id, Title = a.Title, DateId = (long?)null, Start = 0, End = 0 });
        var ids = FilteredArticles.Ids(articles);
        var facts = db.Dates.AsNoTracking()
            .Where(d => ids.Contains(d.ArticleId)
                && (from == null || d.Day >= from) && (to == null || d.Day <= to))
            .Select(d => new { d.Day, d.Iso, Kind = d.IsHorizon ? 2 : 1, d.ArticleId, Title = d.Article!.Title, DateId = (long?)d.Id, Start = d.SentenceStart, End = d.SentenceEnd });
        var all = publications.Concat(facts);

        var total = await all.CountAsync(ct);
        // A total order, so that pages never repeat or skip an event: one article can date several facts the same day.
        var rows = await all.OrderByDescending(e => e.Day).ThenBy(e => e.Kind).ThenBy(e => e.ArticleId).ThenBy(e => e.DateId)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);

        var dateIds = rows.Where(r => r.DateId != null).Select(r => r.DateId!.Value).ToList();
        var sentences = await db.Dates.AsNoTracking().Where(d => dateIds.Contains(d.Id))
            .Select(d => new { d.Id, Sentence = d.Article!.Text.Substring(d.SentenceStart, d.SentenceEnd - d.SentenceStart) })
            .ToDictionaryAsync(d => d.Id, d => d.Sentence, ct);

        var events = rows.Select(r => new TimelineEvent(r.Day, r.Iso, (TimelineEventKind)r.Kind, r.ArticleId, r.Title,
            r.DateId is long id ? sentences.GetValueOrDefault(id) : null, r.DateId)).ToList();
        return new Paged<TimelineEvent>(events, page, pageSize, total);
    }
}
