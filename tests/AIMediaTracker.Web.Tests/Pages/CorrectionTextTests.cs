using static AIMediaTracker.Web.Tests.Support.UiCulture;
using AIMediaTracker.Web.Pages;

namespace AIMediaTracker.Web.Tests.Pages;

/// <summary>A correction names figure kinds by their stored codes; the reader sees their labels.</summary>
public sealed class CorrectionTextTests
{
    [Fact]
    public void Shows_kind_labels_instead_of_codes_in_french()
    {
        var shown = In("fr", () => CorrectionText.Show("Chiffre « 1 800 emplois » : type jobs_lost → jobs_at_risk."));
        Assert.Equal("Chiffre « 1 800 emplois » : type Emplois supprimés → Emplois menacés.", shown);
    }

    [Fact]
    public void Shows_kind_and_basis_labels_in_english()
    {
        var shown = In("en", () => CorrectionText.Show("Chiffre « 300 postes » (jobs_at_risk) marqué comme faux ; base reported → projected."));
        Assert.DoesNotContain("jobs_at_risk", shown);
        Assert.DoesNotContain("projected", shown);
        Assert.Contains("(Jobs at risk)", shown);
    }

    [Fact]
    public void Leaves_other_words_alone() =>
        Assert.Equal("Renommée de « open_ai » en « OpenAI ».", In("fr", () => CorrectionText.Show("Renommée de « open_ai » en « OpenAI ».")));
}
