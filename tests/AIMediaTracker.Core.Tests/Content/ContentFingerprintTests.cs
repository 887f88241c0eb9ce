using AIMediaTracker.Core.Content;

namespace AIMediaTracker.Core.Tests.Content;

public sealed class ContentFingerprintTests
{
    private static readonly string Long = string.Join(" ", Enumerable.Range(0, 300)
        .Select(i => $"Phrase {i} : l’IA de Sora menace {i * 7} emplois à Hollywood, selon « l’étude »."));

    // Stored hashes identify every article already in a database: a faster implementation must give
    // the same values, or re-importing a file would store it again. These are the first version's.
    public static TheoryData<string, string, long> Known => new()
    {
        { "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", 1449310910991872227L },
        { "Un", "68bca10eea2ba33f6f15a6ab0c7df2a49051a6541f9118d468b0585d5d60398b", 4585557129861119080L },
        { "Deux mots", "c2d562b36f58e74266da5a817b8d1b641470dca318838ba81ee22b24a02122ba", 4820919162897618370L },
        { "Trois mots ici", "9904de2f6b20ab254961f3c9f41a16c3311f8407e0edcc9e0b8416c52a5bad1b", 2714298845157524633L },
        {
            "Le studio d'Ubisoft a annoncé la suppression de 185 postes — « à Paris » — 1 000 000 €. OpenAI et Sora : l'IA générative ; ÉTÉ 2024.",
            "a95b40323084e50d763930a40f382191e1ae0d0063b6379164b4057c88100aa8", -5889197843099942395L
        },
        { Long, "9078c8f0034b9a1c8ceaca128d8a027a790d912e7d1ec835c95083d926b1db9d", 3288365344656716712L },
    };

    [Theory]
    [MemberData(nameof(Known))]
    public void Gives_the_hashes_already_stored_for_a_text(string text, string hash, long simHash)
    {
        var fingerprint = ContentFingerprint.Of(text);

        Assert.Equal(hash, fingerprint.Hash);
        Assert.Equal(simHash, fingerprint.SimHash);
    }

    [Fact]
    public void Spacing_case_and_accents_do_not_change_the_hash()
    {
        Assert.Equal(ContentFingerprint.Of("L'été à Paris.").Hash, ContentFingerprint.Of("  l’ETE   a paris ").Hash);
    }
}
