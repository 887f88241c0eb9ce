using System.Globalization;

namespace AIMediaTracker.Bench;

/// <summary>`AIMediaTracker.Bench [--articles N[,N...]] [--quick] [--hostile] [--json FILE]`; --hostile runs the hostile pages alone.</summary>
public sealed record BenchOptions(IReadOnlyList<int> Sizes, bool Quick, string? JsonPath, bool HostileOnly = false)
{
    public const string Usage = "AIMediaTracker.Bench [--articles N[,N...]] [--quick] [--hostile] [--json FILE]";

    /// <summary>Requests per route after the warm-up; --quick trades precision for time.</summary>
    public int Requests => Quick ? 15 : 50;

    public int Warmup => Quick ? 2 : 5;

    public static BenchOptions? Parse(string[] args)
    {
        IReadOnlyList<int> sizes = [1000, 10000];
        var quick = false;
        var hostileOnly = false;
        string? json = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick": quick = true; break;
                case "--hostile": hostileOnly = true; break;
                case "--json" when i + 1 < args.Length: json = args[++i]; break;
                case "--articles" when i + 1 < args.Length:
                    var parsed = args[++i].Split(',').Select(s => int.TryParse(s.Replace("_", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : -1).ToList();
                    if (parsed.Contains(-1)) return null;
                    sizes = parsed;
                    break;
                default: return null;
            }
        }
        return new BenchOptions(sizes, quick, json, hostileOnly);
    }
}
