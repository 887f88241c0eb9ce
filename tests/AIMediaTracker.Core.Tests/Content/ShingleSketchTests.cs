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

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Bounds_by_the_smaller_count_of_each_bucket(string a, string b)
    {
        var (x, y) = (ShingleSketch.Of(a), ShingleSketch.Of(b));

        Assert.Equal(BucketBound(x, y), x.UpperBound(y));
    }

    [Fact]
    public void Bounds_random_sketches_by_the_smaller_count_of_each_bucket()
    {
        var random = new Random(7);
        for (var n = 0; n < 500; n++)
        {
            // Low counts mostly, a saturated bucket (15) now and then, as long texts give.
            var (x, y) = (RandomSketch(random), RandomSketch(random));

            Assert.Equal(BucketBound(x, y), x.UpperBound(y));
        }
    }

    private static ShingleSketch RandomSketch(Random random)
    {
        var bytes = new byte[256];
        for (var i = 0; i < bytes.Length; i++)
        {
            int Count() => random.Next(40) == 0 ? 15 : random.Next(4);
            bytes[i] = (byte)(Count() | Count() << 4);
        }
        return ShingleSketch.FromStored(bytes, 200 + random.Next(2000))!;
    }

    // The rule written out bucket by bucket: the smaller count of each, or 1 where two saturated buckets meet.
    private static double BucketBound(ShingleSketch x, ShingleSketch y)
    {
        var shared = 0;
        for (var bucket = 0; bucket < 512; bucket++)
        {
            int Count(ShingleSketch s) => (s.Buckets[bucket / 2] >> (bucket % 2 * 4)) & 0xF;
            if (Count(x) == 15 && Count(y) == 15) return 1;
            shared += Math.Min(Count(x), Count(y));
        }
        return (double)shared / (x.Shingles + y.Shingles - shared);
    }

    [Fact]
    public void Bytes_that_are_not_a_sketch_give_none()
    {
        Assert.Null(ShingleSketch.FromStored(new byte[10], 3));
        Assert.Null(ShingleSketch.FromStored(ShingleSketch.Of(Ubisoft).Buckets.ToArray(), -1));
    }
}
