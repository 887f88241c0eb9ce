using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace AIMediaTracker.Ingestion.Fetching;

/// <summary>
/// The socket-opening step of <see cref="SocketsHttpHandler"/>: resolves the name itself, checks every
/// address it got and only then connects to one of them. Checking here rather than on the URL means a
/// name that resolves to a private address (or starts to, DNS rebinding) is refused too, on every hop.
/// </summary>
public static class GuardedConnect
{
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Callback(HostAllowList allowList) =>
        (context, ct) => ConnectAsync(context.DnsEndPoint.Host, context.DnsEndPoint.Port, allowList, ct);

    public static async ValueTask<Stream> ConnectAsync(string host, int port, HostAllowList allowList, CancellationToken ct)
    {
        var addresses = await ResolveAsync(host, ct);
        // A name answering with one public and one private address is refused as a whole: mixing them is
        // how rebinding attacks slip through a "first address" check.
        foreach (var address in addresses) EnsureAllowed(host, port, address, allowList);

        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw new FetchException(FetchFailure.Unreachable, $"Connexion impossible à {host}:{port} ({last?.SocketErrorCode}).", last);
    }

    /// <summary>Throws the refusal a person reads when <paramref name="address"/> may not be fetched.</summary>
    public static void EnsureAllowed(string host, int port, IPAddress address, HostAllowList allowList)
    {
        if (allowList.Allows(host, port, address)) return;
        var kind = AddressGuard.Classify(address);
        if (kind == AddressKind.Public) return;
        var forName = IPAddress.TryParse(Unbracket(host), out _) ? "" : $" (pour {host})";
        var entry = (Unbracket(host).Contains(':') ? $"[{Unbracket(host)}]" : host) + ":" + port;
        throw new FetchException(FetchFailure.AddressRefused,
            $"Adresse refusée : {AddressGuard.Describe(address, kind)}{forName} ; pour l'autoriser, ajoutez {entry} au réglage {HostAllowList.Setting}");
    }

    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct)
    {
        if (IPAddress.TryParse(Unbracket(host), out var literal)) return [literal];
        IPAddress[] addresses;
        try
        {
            addresses = await Dns.GetHostAddressesAsync(host, ct);
        }
        catch (SocketException e)
        {
            throw new FetchException(FetchFailure.Unreachable, $"Nom de domaine introuvable : {host}", e);
        }
        if (addresses.Length == 0) throw new FetchException(FetchFailure.Unreachable, $"Nom de domaine introuvable : {host}");
        return addresses;
    }

    private static string Unbracket(string host) => host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
}
