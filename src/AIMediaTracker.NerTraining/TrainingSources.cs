using System.Security.Cryptography;
using AIMediaTracker.Core.Ner;

namespace AIMediaTracker.NerTraining;

/// <summary>
/// Every file the model is built from, in a fixed order, and the SHA-256 over their bytes (with
/// the settings) that the model's header records. Licences: ner-fr train.jsonl is HIPE-2022
/// newseye dev2, CC BY 4.0; extra-train-europeana-bnf.jsonl is Europeana Newspapers (BnF), CC0 1.0; the news-fr dev set and the seed article are the project's own.
/// The HIPE dev and test files (hipe2020 part CC BY-NC-SA) and news-fr-real are never read.
/// </summary>
public sealed class TrainingSources(string shared, string repository)
{
    /// <summary>Gold sentences of the dev set count this many times, to weigh modern news against old newspapers.</summary>
    public const int NewsWeight = 3;

    public string HipeTrain => Path.Combine(shared, "corpus", "ner-fr", "train.jsonl");

    public string Europeana => Path.Combine(shared, "corpus", "ner-fr", "extra-train-europeana-bnf.jsonl");

    public string NewsFolder => Path.Combine(shared, "corpus", "news-fr");

    /// <summary>Gold files with the article each describes (the seed's text lives in seeds/).</summary>
    public IEnumerable<(string Gold, string Article)> GoldArticles()
    {
        foreach (var gold in Directory.GetFiles(NewsFolder, "*.gold.json").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileName(gold)[..^".gold.json".Length];
            var article = new[] { NewsFolder, Path.Combine(repository, "seeds") }
                .SelectMany(dir => new[] { ".txt", ".md", ".html" }.Select(ext => Path.Combine(dir, stem + ext)))
                .FirstOrDefault(File.Exists) ?? throw new FileNotFoundException($"No article for {gold}.");
            yield return (gold, article);
        }
    }

    /// <summary>The inputs, model features included: the curated lists are features too.</summary>
    public IEnumerable<string> Files()
    {
        yield return HipeTrain;
        yield return Europeana;
        foreach (var (gold, article) in GoldArticles()) { yield return gold; yield return article; }
        var data = Path.Combine(repository, "src", "AIMediaTracker.Core", "Data");
        foreach (var file in new[] { "organizations.json", "given-names.txt", "places.txt" }) yield return Path.Combine(data, file);
    }

    public string Hash(PerceptronTrainer.Settings settings)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Files())
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            sha.AppendData(File.ReadAllBytes(file));
        }
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{settings} news×{NewsWeight}"));
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    public List<NerSentence> Sentences()
    {
        var sentences = HipeSentences.Read(HipeTrain).ToList();
        sentences.AddRange(HipeSentences.Read(Europeana));
        var news = GoldArticles().SelectMany(a => GoldArticleSentences.Read(a.Gold, a.Article)).ToList();
        for (var i = 0; i < NewsWeight; i++) sentences.AddRange(news);
        return sentences;
    }

    public byte[] Build(PerceptronTrainer.Settings settings) => PerceptronTrainer.Train(Sentences(), Hash(settings), settings);
}
