using System.Net;

namespace AIMediaTracker.Ingestion.Fetching;

/// <summary>
/// The hosts configuration lets through although their addresses are not public. An entry matches
/// the name in the URL or, when it is an IP address, the address the name resolved to.
/// </summary>
public sealed class HostAllowList
{
    private readonly List<(string Host, int? Port)> entries;

    /// <summary>The setting as an environment variable, for messages that tell an operator what to change.</summary>
    public const string Setting = "Ingestion__Fetch__AllowedHosts";

    /// <summary>Each entry may itself be a comma-separated list ("127.0.0.1:8765, intranet.example").</summary>
    public HostAllowList(IEnumerable<string> entries) =>
        this.entries = entries.SelectMany(Split).Select(Parse).ToList();

    public static IEnumerable<string> Split(string? value) =>
        (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool IsEmpty => entries.Count == 0;

    public bool Allows(string host, int port, IPAddress? resolved = null)
    {
        host = Unbracket(host);
        foreach (var (entryHost, entryPort) in entries)
        {
            if (entryPort is { } p && p != port) continue;
            if (string.Equals(entryHost, host, StringComparison.OrdinalIgnoreCase)) return true;
            if (resolved is not null && IPAddress.TryParse(entryHost, out var ip) && Normalize(ip).Equals(Normalize(resolved))) return true;
        }
        return false;
    }

    private static (string Host, int? Port) Parse(string entry)
    {
        entry = entry.Trim();
        if (entry.StartsWith('['))
        {
            var end = entry.IndexOf(']');
            if (end < 0) throw new FormatException($"Hôte autorisé mal écrit : « {entry} ».");
            var rest = entry[(end + 1)..];
            return (entry[1..end], rest.StartsWith(':') ? ParsePort(entry, rest[1..]) : null);
        }
        var colon = entry.IndexOf(':');
        // More than one colon without brackets is a bare IPv6 address.
        if (colon < 0 || entry.IndexOf(':', colon + 1) >= 0) return (entry, null);
        return (entry[..colon], ParsePort(entry, entry[(colon + 1)..]));
    }

    private static int ParsePort(string entry, string port) =>
        int.TryParse(port, out var p) && p is > 0 and <= 65535 ? p : throw new FormatException($"Port invalide dans l'hôte autorisé « {entry} ».");

    private static string Unbracket(string host) => host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;

    private static IPAddress Normalize(IPAddress ip) => ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip;
}
