using AIMediaTracker.Core.Extraction;
using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Tests.Extraction;

public sealed class SpanListsTests
{
    [Fact]
    public void The_index_answers_as_a_pass_over_every_span_does()
    {
        // Overlapping, nested, empty and unsorted spans, asked about at every place.
        var random = new Random(7);
        for (var round = 0; round < 50; round++)
        {
            var spans = Enumerable.Range(0, random.Next(0, 12))
                .Select(_ => random.Next(0, 60)).Select(start => new Span(start, start + random.Next(0, 15))).ToList();
            var index = new SpanLists.Index(spans);
            for (var start = 0; start < 80; start++)
                for (var length = 0; length < 8; length++)
                {
                    var span = new Span(start, start + length);
                    Assert.Equal(SpanLists.AnyOverlaps(spans, span), index.AnyOverlaps(span));
                }
        }
    }

    [Fact]
    public void A_nested_span_does_not_hide_a_longer_one_before_it()
    {
        var index = new SpanLists.Index([new Span(0, 50), new Span(10, 12)]);
        Assert.True(index.AnyOverlaps(new Span(30, 35)));
        Assert.False(index.AnyOverlaps(new Span(50, 55)));
    }
}
