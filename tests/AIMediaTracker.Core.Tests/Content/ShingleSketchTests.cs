using AIMediaTracker.Core.Content;

namespace AIMediaTracker.Core.Tests.Content;

public sealed class ShingleSketchTests
{
    private const string Ubisoft =
        "Le studio Ubisoft a annoncé la suppression de 185 postes dans ses équipes de Paris. " +
        "Selon la direction, l'IA générative n'est pas en cause, mais les syndicats en doutent. " +
        "OpenAI et Midjourney sont cités par les représentants du personnel comme des menaces pour les graphistes.";

    private const string Wga =
        "La guilde des scénaristes WGA a signé un accord avec les studios après cinq mois de grève, " +
        "encadrant l'usage de l'IA dans l'écriture. Les studios ne pourront pas imposer un outil d'IA aux auteurs.";

    public static TheoryData<string, string> Pairs => new()
    {
        { Ubisoft, Ubisoft },
        { Ubisoft, Ubisoft.Replace("en doutent", "n'y croient pas") + " (avec AFP)" },
        { Ubisoft, Ubisoft.ToUpperInvariant().Replace("É", "E") },
        { Ubisoft, Wga },
        { Ubisoft, Ubisoft[..120] },
        { string.Join(" ", Enumerable.Repeat(Ubisoft, 40)), string.Join(" ", Enumerable.Repeat(Ubisoft + " Mise à jour.", 40)) },
        // Long enough for buckets to saturate (about 40 distinct trigrams a bucket).
        { Words(0, 20_000), Words(5_000, 20_000) },
        { Words(0, 20_000), Words(0, 300) },
        { "Deux mots", "deux mots" },
        { "Un", "Autre" },
        { "", "" },
        { "", Wga },
    };

    private static string Words(int from, int count) => string.Join(" ", Enumerable.Range(from, count).Select(i => $"mot{i}"));

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Never_bounds_the_resemblance_below_what_the_texts_share(string a, string b)
    {
        var bound = ShingleSketch.Of(a).UpperBound(ShingleSketch.Of(b));

        Assert.True(bound >= ContentFingerprint.Resemblance(a, b), $"bound {bound} < {ContentFingerprint.Resemblance(a, b)}");
        Assert.True(bound <= 1);
    }

    [Fact]
    public void Rules_out_two_unrelated_articles()
    {
        var a = string.Join(" ", Enumerable.Range(0, 60).Select(i => $"{Ubisoft.Replace("185", i.ToString())}"));
        var b = string.Join(" ", Enumerable.Range(0, 60).Select(i => $"{Wga.Replace("cinq", i.ToString())}"));

        Assert.True(ShingleSketch.Of(a).UpperBound(ShingleSketch.Of(b)) < ContentFingerprint.NearDuplicateResemblance);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_stored_sketch_bounds_as_the_one_it_was_stored_from(string a, string b)
    {
        var sketch = ShingleSketch.Of(a);

        var stored = ShingleSketch.FromStored(sketch.Buckets.ToArray(), sketch.Shingles);

        Assert.NotNull(stored);
        Assert.Equal(sketch.UpperBound(ShingleSketch.Of(b)), stored.UpperBound(ShingleSketch.Of(b)));
        Assert.Equal(ShingleSketch.Of(b).UpperBound(sketch), ShingleSketch.Of(b).UpperBound(stored));
    }

    [Fact]
    public void Bytes_that_are_not_a_sketch_give_none()
    {
        Assert.Null(ShingleSketch.FromStored(new byte[10], 3));
        Assert.Null(ShingleSketch.FromStored(ShingleSketch.Of(Ubisoft).Buckets.ToArray(), -1));
    }
}
