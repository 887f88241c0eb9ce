using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Extraction;

/// <summary>Checks on lists of spans that run for every word or hit, written as plain loops.</summary>
internal static class SpanLists
{
    /// <summary>Whether any of <paramref name="spans"/> overlaps <paramref name="span"/>.</summary>
    public static bool AnyOverlaps(List<Span> spans, Span span)
    {
        foreach (var s in spans)
            if (s.Overlaps(span)) return true;
        return false;
    }
}
