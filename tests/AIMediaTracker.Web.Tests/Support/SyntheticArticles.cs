using System.Text;

namespace AIMediaTracker.Web.Tests.Support;

/// <summary>Distinct French articles made from varied sentences, reproducible from a seed.</summary>
public static class SyntheticArticles
{
    private static readonly string[] Companies = ["OpenAI", "Ubisoft", "Netflix", "Disney", "Adobe", "Mistral AI", "Google", "Meta", "Canal+", "TF1", "Gaumont", "Pathé", "ElevenLabs", "Deezer", "Spotify", "Warner Bros."];
    private static readonly string[] Sectors = ["du doublage", "de l'animation", "de la traduction", "du journalisme", "de la musique", "du jeu vidéo", "de la publicité", "de l'illustration"];
    private static readonly string[] Cities = ["Paris", "Lyon", "Montréal", "Bruxelles", "Genève", "Marseille", "Lille", "Toulouse"];
    private static readonly string[] GivenNames = ["Claire", "Julien", "Sophie", "Karim", "Nadia", "Thomas", "Élodie", "Marc", "Inès", "Hugo"];
    private static readonly string[] Surnames = ["Martin", "Durand", "Lefèvre", "Moreau", "Girard", "Bonnet", "Mercier", "Faure", "Rousseau", "Blanc"];
    private static readonly string[] Verbs = ["annonce", "prévoit", "envisage", "confirme", "dément", "étudie"];
    private static readonly string[] Topics = ["la génération de voix", "le sous-titrage automatique", "la retouche d'images", "l'écriture de scénarios", "la traduction de romans", "la composition musicale", "le montage vidéo", "la modération"];

    public static void Write(string folder, int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            string Pick(string[] items) => items[random.Next(items.Length)];
            var company = Pick(Companies);
            var sb = new StringBuilder();
            sb.Append($"{company} {Pick(Verbs)} un plan sur {Pick(Topics)} (dépêche n° {i})\n");
            var sentences = new List<string>
            {
                $"Le groupe {company} {Pick(Verbs)} la suppression de {random.Next(20, 4000)} postes dans le secteur {Pick(Sectors)} à {Pick(Cities)}.",
                $"Selon {Pick(GivenNames)} {Pick(Surnames)}, déléguée syndicale, près de {random.Next(2, 60)} % des emplois {Pick(Sectors)} seraient menacés d'ici {random.Next(2025, 2035)}.",
                $"L'entreprise a levé {random.Next(5, 900)} millions d'euros pour financer {Pick(Topics)}, un chantier ouvert le {random.Next(1, 28)} mars {random.Next(2022, 2026)}.",
                $"« Nous n'avons pas été consultés sur {Pick(Topics)} », a déclaré {Pick(GivenNames)} {Pick(Surnames)}, qui travaille depuis {random.Next(3, 25)} ans à {Pick(Cities)}.",
                $"Le secteur {Pick(Sectors)} emploie environ {random.Next(10, 900) * 100} personnes en France, d'après une étude publiée en {random.Next(2019, 2026)}.",
                $"Les représentants du personnel de {Pick(Companies)} réclament un accord sur {Pick(Topics)} avant l'été, faute de quoi une grève serait votée à {Pick(Cities)}.",
                $"Plus de {random.Next(100, 9000)} travailleurs {Pick(Sectors)} pourraient être touchés par l'automatisation de {Pick(Topics)}, estime le cabinet.",
            };
            foreach (var sentence in sentences.OrderBy(_ => random.Next()).Take(5)) sb.Append(sentence).Append(' ').Append(Pick(Topics)).Append(" reste au cœur des discussions.\n");
            File.WriteAllText(Path.Combine(folder, $"article-{i:D4}.txt"), sb.ToString());
        }
    }
}
