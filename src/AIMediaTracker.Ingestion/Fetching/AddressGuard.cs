using System.Net;
using System.Net.Sockets;

namespace AIMediaTracker.Ingestion.Fetching;

/// <summary>
/// Says whether the fetcher may connect to an IP address. Anything that is not plainly on the public
/// Internet is refused, so a feed or a redirect cannot make the tracker call the machine it runs on,
/// the local network or a cloud metadata service.
/// </summary>
public static class AddressGuard
{
    // Checked in order: the specific metadata addresses come before the link-local ranges holding them.
    private static readonly (IPNetwork Network, AddressKind Kind)[] Ranges =
    [
        (IPNetwork.Parse("169.254.169.254/32"), AddressKind.Metadata),
        (IPNetwork.Parse("169.254.170.2/32"), AddressKind.Metadata),   // AWS ECS task metadata
        (IPNetwork.Parse("fd00:ec2::254/128"), AddressKind.Metadata),
        (IPNetwork.Parse("255.255.255.255/32"), AddressKind.Broadcast),
        (IPNetwork.Parse("0.0.0.0/8"), AddressKind.Unspecified),
        (IPNetwork.Parse("10.0.0.0/8"), AddressKind.Private),
        (IPNetwork.Parse("100.64.0.0/10"), AddressKind.SharedCarrierNat),
        (IPNetwork.Parse("127.0.0.0/8"), AddressKind.Loopback),
        (IPNetwork.Parse("169.254.0.0/16"), AddressKind.LinkLocal),
        (IPNetwork.Parse("172.16.0.0/12"), AddressKind.Private),
        (IPNetwork.Parse("192.0.0.0/24"), AddressKind.Reserved),
        (IPNetwork.Parse("192.0.2.0/24"), AddressKind.Reserved),
        (IPNetwork.Parse("192.88.99.0/24"), AddressKind.Reserved),
        (IPNetwork.Parse("192.168.0.0/16"), AddressKind.Private),
        (IPNetwork.Parse("198.18.0.0/15"), AddressKind.Reserved),
        (IPNetwork.Parse("198.51.100.0/24"), AddressKind.Reserved),
        (IPNetwork.Parse("203.0.113.0/24"), AddressKind.Reserved),
        (IPNetwork.Parse("224.0.0.0/4"), AddressKind.Multicast),
        (IPNetwork.Parse("240.0.0.0/4"), AddressKind.Reserved),
        (IPNetwork.Parse("::/128"), AddressKind.Unspecified),
        (IPNetwork.Parse("::1/128"), AddressKind.Loopback),
        (IPNetwork.Parse("fc00::/7"), AddressKind.Private),
        (IPNetwork.Parse("fec0::/10"), AddressKind.Private),            // deprecated site-local
        (IPNetwork.Parse("fe80::/10"), AddressKind.LinkLocal),
        (IPNetwork.Parse("ff00::/8"), AddressKind.Multicast),
        (IPNetwork.Parse("2001:db8::/32"), AddressKind.Reserved),
        (IPNetwork.Parse("2001::/23"), AddressKind.Reserved),           // Teredo and other protocol assignments
        (IPNetwork.Parse("64:ff9b:1::/48"), AddressKind.Private),       // local-use NAT64
    ];

    private static readonly IPNetwork GlobalUnicastV6 = IPNetwork.Parse("2000::/3");
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    public static AddressKind Classify(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetworkV6 && EmbeddedIPv4(address) is { } v4)
            return Classify(v4);
        foreach (var (network, kind) in Ranges)
        {
            if (network.Contains(address)) return kind;
        }
        // Only 2000::/3 is handed out as global unicast; everything else is unassigned or special.
        if (address.AddressFamily == AddressFamily.InterNetworkV6 && !GlobalUnicastV6.Contains(address)) return AddressKind.Reserved;
        return address.AddressFamily is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6 ? AddressKind.Public : AddressKind.Reserved;
    }

    public static bool IsPublic(IPAddress address) => Classify(address) == AddressKind.Public;

    /// <summary>The sentence shown when a connection is refused, e.g. "10.0.0.5 est une adresse privée".</summary>
    public static string Describe(IPAddress address, AddressKind kind)
    {
        var what = kind switch
        {
            AddressKind.Loopback => "une adresse de bouclage (cette machine)",
            AddressKind.Private => "une adresse privée",
            AddressKind.LinkLocal => "une adresse de lien local",
            AddressKind.Metadata => "l'adresse du service de métadonnées du cloud",
            AddressKind.Unspecified => "une adresse non spécifiée",
            AddressKind.Multicast => "une adresse de multidiffusion",
            AddressKind.Broadcast => "une adresse de diffusion",
            AddressKind.SharedCarrierNat => "une adresse partagée d'opérateur (CGNAT)",
            AddressKind.Reserved => "une adresse réservée",
            _ => "une adresse publique",
        };
        return $"{address} est {what}";
    }

    // IPv4 addresses can hide inside IPv6 ones; judge them by the IPv4 address they reach.
    private static IPAddress? EmbeddedIPv4(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) return address.MapToIPv4();
        var bytes = address.GetAddressBytes();
        if (Nat64.Contains(address)) return new IPAddress(bytes.AsSpan(12, 4));
        if (SixToFour.Contains(address)) return new IPAddress(bytes.AsSpan(2, 4));
        // Deprecated IPv4-compatible form ::a.b.c.d (but not :: and ::1).
        if (bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 && (bytes[12] | bytes[13]) != 0)
            return new IPAddress(bytes.AsSpan(12, 4));
        return null;
    }
}
