using System.Globalization;
using AIMediaTracker.Core.Model;
using AIMediaTracker.Web.Localization;

namespace AIMediaTracker.Web.Tests;

/// <summary>Kinds and bases come from Core's enums: a value added there without its labels fails here.</summary>
public sealed class FigureLabelsTests
{
    [Fact]
    public void Every_figure_kind_has_a_french_label_and_its_english_translation() => AssertLabelled(FigureLabels.KindLabels);

    [Fact]
    public void Every_figure_basis_has_a_french_label_and_its_english_translation() => AssertLabelled(FigureLabels.BasisLabels);

    private static void AssertLabelled<T>(IReadOnlyDictionary<T, string> labels) where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            Assert.True(labels.TryGetValue(value, out var french), $"no French label for {value}");
            Assert.True(Translator.Entries.ContainsKey(french), $"no English for « {french} » ({value})");
        }
        Assert.Equal(labels.Count, labels.Values.Distinct().Count());
    }

    [Theory]
    [InlineData("jobs_created", "Emplois créés")]
    [InlineData("jobs_lost", "Emplois supprimés")]
    [InlineData("inconnu", "Autre")]
    public void A_stored_kind_reads_in_french(string kind, string label) => Assert.Equal(label, InFrench(() => FigureLabels.Kind(kind)));

    [Theory]
    [InlineData("reported", "Constaté ou annoncé")]
    [InlineData("projected", "Estimation")]
    public void A_stored_basis_reads_in_french(string basis, string label) => Assert.Equal(label, InFrench(() => FigureLabels.Basis(basis)));

    [Fact]
    public void A_stored_basis_reads_in_english_when_asked() =>
        Assert.Equal("Estimate", InCulture("en-GB", () => FigureLabels.Basis("projected")));

    private static string InFrench(Func<string> label) => InCulture("fr-FR", label);

    // The labels follow the request's UI culture; the test thread's is whatever the machine has.
    private static string InCulture(string culture, Func<string> label)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try { return label(); }
        finally { CultureInfo.CurrentUICulture = before; }
    }

    [Fact]
    public void The_operator_picks_from_every_kind_and_basis_of_the_contract()
    {
        Assert.Equal(Enum.GetValues<FigureKind>().Select(k => k.ToContractName()), FigureLabels.Kinds);
        Assert.Equal(["reported", "projected"], FigureLabels.Bases);
    }
}
