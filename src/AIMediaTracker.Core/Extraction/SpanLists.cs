using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Extraction;

/// <summary>Checks on lists of spans that run for every word or hit, written as plain loops.</summary>
public static class SpanLists
{
    /// <summary>Whether any of <paramref name="spans"/> overlaps <paramref name="span"/>.</summary>
    public static bool AnyOverlaps(List<Span> spans, Span span)
    {
        foreach (var s in spans)
            if (s.Overlaps(span)) return true;
        return false;
    }

    /// <summary>Whether <paramref name="span"/> lies wholly within one of <paramref name="spans"/>.</summary>
    public static bool AnyContains(List<Span> spans, Span span)
    {
        foreach (var s in spans)
            if (s.Start <= span.Start && span.End <= s.End) return true;
        return false;
    }

    /// <summary>
    /// Spans asked about many times: sorted by start, with the furthest end reached so far, so
    /// each question is a binary search instead of a pass over all of them.
    /// </summary>
    public sealed class Index
    {
        private readonly int[] starts;
        private readonly int[] furthestEnds;

        public Index(IEnumerable<Span> spans)
        {
            var sorted = spans.OrderBy(s => s.Start).ToArray();
            starts = [.. sorted.Select(s => s.Start)];
            furthestEnds = new int[sorted.Length];
            for (var k = 0; k < sorted.Length; k++)
                furthestEnds[k] = Math.Max(sorted[k].End, k > 0 ? furthestEnds[k - 1] : int.MinValue);
        }

        /// <summary>Whether any of the spans overlaps <paramref name="span"/>, as <see cref="Span.Overlaps"/> says.</summary>
        public bool AnyOverlaps(Span span)
        {
            // The spans starting before span ends overlap it when one of them ends after it starts.
            int lo = 0, hi = starts.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (starts[mid] < span.End) lo = mid + 1;
                else hi = mid;
            }
            return lo > 0 && furthestEnds[lo - 1] > span.Start;
        }
    }
}
