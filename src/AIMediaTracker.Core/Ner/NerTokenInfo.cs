namespace AIMediaTracker.Core.Ner;

/// <summary>What the features read of one token, computed once per token.</summary>
public readonly record struct NerTokenInfo(ulong Lower, ulong Shape, ulong Prefix, ulong Suffix3, ulong Suffix2, NerTokenFlags Flags)
{
    public bool Has(NerTokenFlags flag) => (Flags & flag) != 0;
}

[Flags]
public enum NerTokenFlags
{
    None = 0,
    Capitalised = 1,
    HasUpper = 2,
    AllUpper = 4,
    GivenName = 8,
    Place = 16,
    Stopword = 32,
    KnownOrganization = 64,
    SentenceStart = 128,
    Letters = 256,
}
