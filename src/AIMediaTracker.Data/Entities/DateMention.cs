namespace AIMediaTracker.Data.Entities;

/// <summary>A dated fact inside an article; <see cref="Day"/> is the first day of <see cref="Iso"/>, for ordering.</summary>
public sealed class DateMention
{
    public long Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public required string Iso { get; set; }
    public DateOnly Day { get; set; }
    public bool IsHorizon { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public int SentenceStart { get; set; }
    public int SentenceEnd { get; set; }
}
