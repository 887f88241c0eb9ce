namespace AIMediaTracker.Core.Ner;

/// <summary>
/// The tagger's BIO labels. Places are learnt too, so that a capitalised place is not taken for
/// an organisation or a person, but the extractors only read people and organisations.
/// </summary>
public static class NerLabel
{
    public const int Outside = 0;
    public static readonly string[] Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"];
    public static int Count => Names.Length;

    public static int Begin(string type) => Array.IndexOf(Names, "B-" + type);

    public static bool IsBegin(int label) => label % 2 == 1;

    private static readonly string[] Types = [.. Names.Select(name => name == "O" ? "" : name[2..])];

    public static string Type(int label) => Types[label];

    /// <summary>An inside label continues only an entity of its own type.</summary>
    public static bool Continues(int label, int previous) => label != Outside && !IsBegin(label) && previous != Outside
        && (previous == label || previous == label - 1);
}
