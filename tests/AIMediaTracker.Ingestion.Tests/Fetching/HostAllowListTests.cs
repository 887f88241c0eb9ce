using System.Net;
using AIMediaTracker.Ingestion.Fetching;

namespace AIMediaTracker.Ingestion.Tests.Fetching;

public class HostAllowListTests
{
    [Fact]
    public void A_host_without_port_allows_every_port()
    {
        var list = new HostAllowList(["127.0.0.1"]);
        Assert.True(list.Allows("127.0.0.1", 80));
        Assert.True(list.Allows("127.0.0.1", 5123));
    }

    [Fact]
    public void A_host_with_port_allows_only_that_port()
    {
        var list = new HostAllowList(["localhost:5123"]);
        Assert.True(list.Allows("localhost", 5123));
        Assert.True(list.Allows("LOCALHOST", 5123));
        Assert.False(list.Allows("localhost", 5124));
    }

    [Fact]
    public void An_ip_entry_matches_the_address_a_name_resolved_to()
    {
        var list = new HostAllowList(["127.0.0.1:8080"]);
        Assert.True(list.Allows("localhost", 8080, IPAddress.Loopback));
        Assert.True(list.Allows("localhost", 8080, IPAddress.Parse("::ffff:127.0.0.1")));
        Assert.False(list.Allows("localhost", 8080, IPAddress.IPv6Loopback));
        Assert.False(list.Allows("localhost", 8081, IPAddress.Loopback));
    }

    [Fact]
    public void A_name_entry_does_not_allow_other_names_on_the_same_address()
    {
        var list = new HostAllowList(["intranet.exemple.fr"]);
        Assert.False(list.Allows("autre.exemple.fr", 80, IPAddress.Parse("10.0.0.5")));
    }

    [Theory]
    [InlineData("[::1]:8080", "::1", 8080, true)]
    [InlineData("[::1]:8080", "[::1]", 8080, true)]
    [InlineData("[::1]:8080", "::1", 8081, false)]
    [InlineData("::1", "::1", 9000, true)]
    public void Reads_ipv6_entries(string entry, string host, int port, bool allowed) =>
        Assert.Equal(allowed, new HostAllowList([entry]).Allows(host, port));

    [Fact]
    public void An_empty_list_allows_nothing() =>
        Assert.False(new HostAllowList([]).Allows("127.0.0.1", 80, IPAddress.Loopback));

    [Fact]
    public void A_bad_port_is_a_configuration_error() =>
        Assert.Throws<FormatException>(() => new HostAllowList(["localhost:quatre-vingts"]));
}
