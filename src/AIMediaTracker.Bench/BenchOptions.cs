using System.Globalization;

namespace AIMediaTracker.Bench;

/// <summary>
/// `AIMediaTracker.Bench [--articles N[,N...]] [--quick] [--hostile] [--json FILE] [--keep DIR] [--db FILE [--profile]]`; --hostile runs the
/// hostile pages alone. --keep saves a copy of each imported database in DIR; --db times the screens alone on a copy of a
/// kept database (no extraction, no import), so a change to the read path is compared on the same data in a minute;
/// with --profile it prints instead the time of each SQL statement of the after-import step and of a 500-article import.
/// </summary>
public sealed record BenchOptions(IReadOnlyList<int> Sizes, bool Quick, string? JsonPath, bool HostileOnly = false, string? KeepDir = null, string? DatabasePath = null, bool Profile = false)
{
    public const string Usage = "AIMediaTracker.Bench [--articles N[,N...]] [--quick] [--hostile] [--json FILE] [--keep DIR] [--db FILE [--profile]]";

    /// <summary>Requests per route after the warm-up; --quick trades precision for time.</summary>
    public int Requests => Quick ? 15 : 50;

    public int Warmup => Quick ? 2 : 5;

    public static BenchOptions? Parse(string[] args)
    {
        IReadOnlyList<int> sizes = [1000, 10000];
        var quick = false;
        var hostileOnly = false;
        string? json = null;
        string? keep = null;
        string? database = null;
        var profile = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick": quick = true; break;
                case "--hostile": hostileOnly = true; break;
                case "--json" when i + 1 < args.Length: json = args[++i]; break;
                case "--keep" when i + 1 < args.Length: keep = args[++i]; break;
                case "--profile": profile = true; break;
                case "--db" when i + 1 < args.Length: database = args[++i]; break;
                case "--articles" when i + 1 < args.Length:
                    var parsed = args[++i].Split(',').Select(s => int.TryParse(s.Replace("_", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : -1).ToList();
                    if (parsed.Contains(-1)) return null;
                    sizes = parsed;
                    break;
                default: return null;
            }
        }
        return new BenchOptions(sizes, quick, json, hostileOnly, keep, database, profile);
    }
}
