using AIMediaTracker.Core.Model;

namespace AIMediaTracker.Core.Extraction;

/// <summary>
/// A number found in the text while its meaning is being worked out. Every number is
/// kept, figure or not, because neighbouring numbers bound the words read for a kind.
/// </summary>
internal sealed class FigureCandidate
{
    /// <summary>Start of the span (a hedge or currency symbol before the number included).</summary>
    public int Start { get; set; }

    /// <summary>End of the span (the unit or counted noun included).</summary>
    public int End { get; set; }

    public int NumberStart { get; init; }

    public int NumberEnd { get; init; }

    public decimal Value { get; set; }

    /// <summary>The scale read after the number (1e6 for "millions"), or null.</summary>
    public decimal? Scale { get; init; }

    /// <summary>jobs, people, percent or a currency code; null while unknown.</summary>
    public string? Unit { get; set; }

    public FigureKind? Kind { get; set; }

    /// <summary>True when the counted noun itself says the kind ("1 000 licenciements").</summary>
    public FigureKind? NounKind { get; set; }

    public bool Approximate { get; set; }

    public bool IsYear { get; init; }

    public bool IsDemonym { get; set; }

    /// <summary>No noun follows ("92 millions détruits") or "d'autres" does: the unit comes from a neighbour.</summary>
    public bool TakesUnitFromNeighbour { get; set; }

    /// <summary>Nothing is counted after the number ("dont 3 900 attribués à l'IA").</summary>
    public bool IsBare { get; set; }

    /// <summary>The earlier count the pronoun « en » before this bare number stands for (« 900 suppressions … en a annoncé 1 800 »).</summary>
    public FigureCandidate? CountedBy { get; set; }

    /// <summary>The other end when this number opens a range ("entre 300 et 400 postes").</summary>
    public FigureCandidate? RangeEnd { get; set; }

    /// <summary>
    /// The count this number is a part of (« 217 des 383 salariés »): it counts what that one counts, and the
    /// words that tell what happens to it come after that one.
    /// </summary>
    public FigureCandidate? PartOf { get; set; }

    /// <summary>The whole a part is taken from (« des 383 salariés », « 209 salariés sur 383 »): a workforce unless its own words say otherwise.</summary>
    public bool IsWhole { get; set; }

    /// <summary>A number that can never be a figure (a percentage of sales, "30 % des sondés").</summary>
    public bool Rejected { get; set; }

    public bool IsFigure => Unit is not null && !Rejected && !IsYear;
}
