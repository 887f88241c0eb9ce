using AIMediaTracker.Web.Export;

namespace AIMediaTracker.Web.Tests.Export;

public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("simple", "simple")]
    [InlineData("avec; point-virgule", "\"avec; point-virgule\"")]
    [InlineData("« dit-il \"fort\" »", "\"« dit-il \"\"fort\"\" »\"")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+33 1 23", "'+33 1 23")]
    [InlineData("@SOMME(A1)", "'@SOMME(A1)")]
    public void Quotes_and_neutralises_cells(string value, string expected) =>
        Assert.Equal(expected, CsvWriter.Cell(value));

    [Fact]
    public void Writes_french_decimals() => Assert.Equal("1,5", CsvWriter.Cell(1.5));
}
