using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Web.Localization;

namespace AIMediaTracker.Web.Tests;

/// <summary>A kind added to the gazetteer without its label would show as a bare « Organisation ».</summary>
public sealed class OrganizationKindsTests
{
    [Fact]
    public void Every_kind_of_the_gazetteer_has_a_french_label_and_its_english_translation()
    {
        foreach (var kind in Gazetteer.Organizations.Select(o => o.Kind).Distinct())
        {
            var french = OrganizationKinds.Label(kind);
            Assert.True(french != OrganizationKinds.Unknown, $"no label for the gazetteer's kind « {kind} »");
            Assert.True(Translator.Entries.ContainsKey(french), $"no English for « {french} » ({kind})");
        }
    }

    [Fact]
    public void A_kind_found_in_the_text_only_reads_as_an_organisation() =>
        Assert.Equal("Organisation", OrganizationKinds.Label("unknown"));
}
