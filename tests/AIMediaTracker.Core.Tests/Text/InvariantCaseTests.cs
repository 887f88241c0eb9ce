using AIMediaTracker.Core.Text;

namespace AIMediaTracker.Core.Tests.Text;

/// <summary>The table must lower-case exactly as the framework does, or the tagger's features (and the model) would change.</summary>
public sealed class InvariantCaseTests
{
    [Fact]
    public void Every_character_lower_cases_as_the_framework_does()
    {
        for (var c = 0; c <= char.MaxValue; c++)
            Assert.Equal(char.ToLowerInvariant((char)c), InvariantCase.ToLower((char)c));
    }

    [Fact]
    public void A_span_is_lower_cased_letter_by_letter()
    {
        var source = "ÉTATS-UNIS, Œuvre, ÇA, Ärzte".AsSpan();
        Span<char> lower = stackalloc char[source.Length];
        InvariantCase.ToLower(source, lower);
        Assert.Equal("états-unis, œuvre, ça, ärzte", lower.ToString());
    }
}
