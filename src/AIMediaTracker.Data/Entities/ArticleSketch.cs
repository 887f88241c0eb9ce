namespace AIMediaTracker.Data.Entities;

/// <summary>
/// An original article's resemblance sketch (Core's ShingleSketch: how many of its word trigrams fall in
/// each of 512 buckets), kept so the near-duplicate search of a new import compares a candidate by these
/// 256 bytes instead of reading and cutting its 5 KB text again. Written with the article; an original
/// stored before sketches were kept, or under another <see cref="Version"/>, gets one the first time it
/// is a candidate. Never read by the screens.
/// </summary>
public sealed class ArticleSketch
{
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public int Version { get; set; }
    public required byte[] Buckets { get; set; }
    public int Shingles { get; set; }
}
