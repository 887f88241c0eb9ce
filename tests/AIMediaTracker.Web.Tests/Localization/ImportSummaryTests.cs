using AIMediaTracker.Ingestion.Pipeline;
using AIMediaTracker.Web.Cli;
using AIMediaTracker.Web.Localization;
using static AIMediaTracker.Web.Tests.Support.UiCulture;

namespace AIMediaTracker.Web.Tests.Localization;

/// <summary>What an import did: French on the command line, the reader's language on the operator page.</summary>
public sealed class ImportSummaryTests
{
    private static readonly IReadOnlyList<IngestOutcome> Outcomes =
        [new("https://exemple.fr/a", IngestStatus.New, 1), new("https://exemple.fr/b", IngestStatus.Unchanged, 2)];

    [Fact]
    public void The_command_line_summary_is_french() =>
        Assert.Equal("Nouveaux : 1, inchangés : 1, quasi-doublons : 0, en échec : 0", ImportSummary.Describe(Outcomes));

    [Fact]
    public void The_operator_page_summary_follows_the_reader_s_language() =>
        Assert.Equal("New: 1, unchanged: 1, near-duplicates: 0, failed: 0",
            In("en", () => ImportSummary.Describe(Outcomes, Translator.Of(ImportSummary.Counts))));
}
