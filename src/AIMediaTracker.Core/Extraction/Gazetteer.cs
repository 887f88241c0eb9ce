using System.Reflection;
using System.Text.Json;

namespace AIMediaTracker.Core.Extraction;

/// <summary>One curated organisation: canonical name, kind and the other ways articles write it.</summary>
public sealed record GazetteerEntry(string Name, string Kind, IReadOnlyList<string> Aliases);

/// <summary>The curated organisations, read once from the embedded Data/organizations.json.</summary>
public static class Gazetteer
{
    private static readonly Lazy<IReadOnlyList<GazetteerEntry>> Entries = new(Load);

    public static IReadOnlyList<GazetteerEntry> Organizations => Entries.Value;

    internal static Stream OpenResource(string fileName)
    {
        var assembly = typeof(Gazetteer).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        return assembly.GetManifestResourceStream(name)!;
    }

    private static IReadOnlyList<GazetteerEntry> Load()
    {
        using var stream = OpenResource("organizations.json");
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        return JsonSerializer.Deserialize<List<GazetteerEntry>>(stream, options)
            ?? throw new InvalidDataException("organizations.json is empty.");
    }
}
