using System.Globalization;
using System.Text;
using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Bench;

/// <summary>
/// A reproducible corpus of French articles for the benchmark: fixed seed, about 5 KB each, with the
/// entity and figure density of real coverage. Every article gets its own numbers, names and
/// sentence order, so neither the content hash nor the near-duplicate check folds them together.
/// </summary>
public sealed class CorpusGenerator(IReadOnlyList<string> seedParagraphs, int seed = 20261125)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly DateOnly FirstDay = new(2023, 1, 2);
    private const int DaySpan = 3 * 365;

    private readonly string[] organizations = Gazetteer.Organizations.Select(o => o.Name).ToArray();
    private readonly string[] givenNames = Gazetteer.GivenNames.Where(n => n.Length > 2).Order(StringComparer.Ordinal)
        .Select(n => char.ToUpperInvariant(n[0]) + n[1..]).ToArray();

    public IEnumerable<ArticleDocument> Generate(int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++) yield return Article(random, i);
    }

    private ArticleDocument Article(Random r, int index)
    {
        var day = FirstDay.AddDays(r.Next(DaySpan));
        var orgs = Enumerable.Range(0, 4).Select(_ => Pick(r, organizations)).Distinct().ToArray();
        var people = Enumerable.Range(0, 3).Select(_ => $"{Pick(r, givenNames)} {Pick(r, BenchVocabulary.Surnames)}").ToArray();
        var title = string.Format(French, Pick(r, BenchVocabulary.Titles), orgs[0], Pick(r, BenchVocabulary.Sectors), r.Next(2, 90) * 100);
        var body = new StringBuilder();
        body.Append(day.ToString("d MMMM yyyy", French)).Append("\n\n");
        var paragraphs = r.Next(9, 12);
        for (var p = 0; p < paragraphs; p++)
        {
            for (var s = r.Next(3, 6); s > 0; s--) body.Append(Sentence(r, orgs, people, day)).Append(' ');
            // A real paragraph from seeds/ now and then keeps the prose varied and natural.
            if (p % 3 == 2 && seedParagraphs.Count > 0) body.Append(Pick(r, seedParagraphs));
            body.Length--;
            body.Append("\n\n");
        }
        body.Append($"Référence {index.ToString(CultureInfo.InvariantCulture)} : https://exemple-presse.fr/{day:yyyy/MM}/article-{index}");
        return new ArticleDocument(title, body.ToString(), Author: people[^1], PublishedAt: day, Language: "fr",
            CanonicalUrl: $"https://exemple-presse.fr/articles/{index}");
    }

    private string Sentence(Random r, string[] orgs, string[] people, DateOnly day)
    {
        var template = r.Next(100) < 35 ? Pick(r, BenchVocabulary.Sentences) : Pick(r, BenchVocabulary.Prose);
        var horizon = day.Year + r.Next(1, 8);
        var month = new DateOnly(day.Year, r.Next(1, 13), r.Next(1, 28));
        return string.Format(French, template,
            Pick(r, orgs), Pick(r, people), Pick(r, BenchVocabulary.Sectors),
            Jobs(r), Money(r), horizon, month.ToString("d MMMM yyyy", French),
            Pick(r, BenchVocabulary.Roles), Pick(r, BenchVocabulary.Quotes), r.Next(5, 95));
    }

    // Plain counts only: "2 millions emplois" would be bad French, and templates put the noun right after.
    private static string Jobs(Random r) => r.Next(3) switch
    {
        0 => (r.Next(2, 999) * 100).ToString("N0", French),
        1 => (r.Next(10, 3000) * 1000).ToString("N0", French),
        _ => r.Next(20, 5000).ToString("N0", French),
    };

    private static string Money(Random r) => r.Next(3) switch
    {
        0 => $"{r.Next(2, 900)} millions d'euros",
        1 => $"{r.Next(1, 40)},{r.Next(1, 9)} milliards de dollars",
        _ => $"{(r.Next(10, 900) * 1000).ToString("N0", French)} euros",
    };

    private static T Pick<T>(Random r, IReadOnlyList<T> items) => items[r.Next(items.Count)];
}
