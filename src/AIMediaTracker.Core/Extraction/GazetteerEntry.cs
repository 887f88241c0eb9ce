namespace AIMediaTracker.Core.Extraction;

/// <summary>One curated organisation: canonical name, kind and the other ways articles write it.</summary>
public sealed record GazetteerEntry(string Name, string Kind, IReadOnlyList<string> Aliases);
