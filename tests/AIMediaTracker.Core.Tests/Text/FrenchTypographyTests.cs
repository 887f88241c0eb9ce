using System.Globalization;
using System.Text;
using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Tests.Text;

/// <summary>
/// A name's key (no accents, lower case, French typography folded) is how aliases and names are
/// compared; the table that spares most keys a Unicode decomposition must give the same key.
/// </summary>
public sealed class FrenchTypographyTests
{
    [Theory]
    [InlineData("Société Générale", "societe generale")]
    [InlineData("L’Équipe", "l'equipe")]
    [InlineData("ŒUVRE Ça", "œuvre ca")]
    [InlineData("Radio\u00A0Télévision Suisse", "radio television suisse")]
    [InlineData("Cafe\u0301 Müller", "cafe muller")]
    [InlineData("Łódź 東京", "łodz 東京")]
    public void Keys_drop_accents_case_and_typography(string name, string key) =>
        Assert.Equal(key, FrenchTypography.Key(name));

    [Fact]
    public void Keys_equal_a_full_decomposition_of_the_text()
    {
        var random = new Random(7);
        // Latin letters, combining marks, punctuation French folds, and letters beyond Latin.
        var alphabet = Enumerable.Range(0, 0x250).Concat(Enumerable.Range(0x300, 0x70))
            .Concat([0x2019, 0x00AB, 0x202F, 0x2014, 0x1E9E, 0x0391, 0x03AC, 0x0439, 0x5BB6]).Select(c => (char)c).ToArray();
        for (var n = 0; n < 20_000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(1, 12)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            Assert.Equal(Decomposed(text), FrenchTypography.Key(text));
        }
    }

    // The key as defined: fold, decompose (NFD), drop non-spacing marks, lower-case.
    private static string Decomposed(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in FrenchTypography.Fold(text).Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }
}
