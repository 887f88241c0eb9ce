using AIMediaTracker.Core.Model;
using AIMediaTracker.Core.Text;
using AIMediaTracker.Data;
using AIMediaTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Ingestion.Storage;

/// <summary>Turns extracted facts into rows attached to one article, each with its span and sentence.</summary>
internal sealed class RecordWriter(TrackerDbContext db, EntityResolver resolver)
{
    public RecordWriter(TrackerDbContext db) : this(db, new EntityResolver(db)) { }

    /// <summary>Adds the records to the article's collections: SaveChanges inserts them with it.</summary>
    public async Task AddAsync(Article article, ArticleText text, ArticleFacts facts, CancellationToken ct)
    {
        var records = await PrepareAsync(article.Id, text, facts, ct);
        article.Mentions.AddRange(records.Mentions);
        article.Figures.AddRange(records.Figures);
        article.Dates.AddRange(records.Dates);
        article.Quotes.AddRange(records.Quotes);
        article.Links.AddRange(records.Links);
    }

    /// <summary>
    /// Resolves the organisations, people and products the facts name (new ones are added to the
    /// context) and builds the records, attached to no article: <see cref="ArticleRecords.InsertAllAsync"/>
    /// writes them once SaveChanges has given the article and the new entities their ids.
    /// <paramref name="articleId"/> is 0 for an article not stored yet.
    /// </summary>
    public async Task<ArticleRecords> PrepareAsync(int articleId, ArticleText text, ArticleFacts facts, CancellationToken ct)
    {
        var records = new ArticleRecords();
        var orgByName = new Dictionary<string, Organization>();
        foreach (var fact in facts.Organizations)
        {
            var org = orgByName[fact.Name] = await resolver.OrganizationAsync(fact, ct, fact.Mentions.Select(m => text[m]).Distinct());
            foreach (var span in fact.Mentions) records.Mentions.Add(Located(new Mention { Organization = org }, text, span));
        }
        var personByName = new Dictionary<string, Person>();
        foreach (var fact in facts.People)
        {
            var person = personByName[fact.Name] = await resolver.PersonAsync(fact, ct);
            foreach (var span in fact.Mentions) records.Mentions.Add(Located(new Mention { Person = person }, text, span));
        }
        foreach (var fact in facts.Products)
        {
            var maker = fact.Organization is null ? null
                : orgByName.GetValueOrDefault(fact.Organization)
                  ?? await resolver.OrganizationAsync(new OrganizationFact(fact.Organization, "unknown", []), ct);
            var product = await resolver.ProductAsync(fact, maker, ct);
            foreach (var span in fact.Mentions) records.Mentions.Add(Located(new Mention { Product = product }, text, span));
        }
        // An operator's verdicts outlive the rows they were made on: a re-extracted article gets them again.
        var verdicts = articleId == 0 ? []
            : await db.FigureCorrections.Where(c => c.ArticleId == articleId).ToListAsync(ct);
        foreach (var f in facts.Figures)
        {
            var verdict = verdicts.FirstOrDefault(v => v.Start == f.Span.Start && v.End == f.Span.End);
            if (verdict is { Rejected: true }) continue;
            var sentence = text.SentenceAt(f.Span.Start);
            records.Figures.Add(new Figure
            {
                Kind = verdict?.Kind ?? f.Kind.ToContractName(), Value = (double)f.Value, Unit = f.Unit, Approximate = f.Approximate,
                Sector = f.Sector, Region = f.Region, Year = f.Year,
                Basis = verdict?.Basis ?? f.Basis.ToContractName(),
                Attribution = Curation.FigureCorrections.Chosen(verdict?.Attribution, f.Attribution),
                Subject = Curation.FigureCorrections.Chosen(verdict?.Subject, f.Subject),
                Start = f.Span.Start, End = f.Span.End, SentenceStart = sentence.Start, SentenceEnd = sentence.End, ClosesRange = f.ClosesRange,
            });
        }
        foreach (var d in facts.Dates)
        {
            var sentence = text.SentenceAt(d.Span.Start);
            records.Dates.Add(new DateMention
            {
                Iso = d.Iso, Day = FirstDay(d.Iso), IsHorizon = d.IsHorizon,
                Start = d.Span.Start, End = d.Span.End, SentenceStart = sentence.Start, SentenceEnd = sentence.End,
            });
        }
        foreach (var q in facts.Quotes)
        {
            records.Quotes.Add(new Quote
            {
                Speaker = q.Speaker, Text = q.Text, Start = q.Span.Start, End = q.Span.End,
                Person = q.Speaker is null ? null : personByName.GetValueOrDefault(q.Speaker),
                Organization = q.Speaker is null ? null : orgByName.GetValueOrDefault(q.Speaker),
            });
        }
        foreach (var l in facts.Links)
            records.Links.Add(new Link { Url = l.Url, Start = l.Span?.Start, End = l.Span?.End });
        return records;
    }

    private static Mention Located(Mention m, ArticleText text, Span span)
    {
        var sentence = text.SentenceAt(span.Start);
        m.Start = span.Start;
        m.End = span.End;
        m.SentenceStart = sentence.Start;
        m.SentenceEnd = sentence.End;
        return m;
    }

    /// <summary>"2024" → 2024-01-01, "2024-03" → 2024-03-01: the day a partial date sorts under.</summary>
    internal static DateOnly FirstDay(string iso)
    {
        var parts = iso.Split('-');
        return new DateOnly(int.Parse(parts[0]), parts.Length > 1 ? int.Parse(parts[1]) : 1, parts.Length > 2 ? int.Parse(parts[2]) : 1);
    }
}
