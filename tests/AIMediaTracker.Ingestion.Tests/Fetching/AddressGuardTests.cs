using System.Net;
using AIMediaTracker.Ingestion.Fetching;

namespace AIMediaTracker.Ingestion.Tests.Fetching;

// Verdicts on IPAddress values only: these tests never open a connection.
public class AddressGuardTests
{
    [Theory]
    [InlineData("10.0.0.5", AddressKind.Private)]
    [InlineData("10.255.255.255", AddressKind.Private)]
    [InlineData("172.16.0.1", AddressKind.Private)]
    [InlineData("172.31.255.254", AddressKind.Private)]
    [InlineData("192.168.1.1", AddressKind.Private)]
    [InlineData("127.0.0.1", AddressKind.Loopback)]
    [InlineData("127.8.9.10", AddressKind.Loopback)]
    [InlineData("169.254.1.1", AddressKind.LinkLocal)]
    [InlineData("169.254.169.254", AddressKind.Metadata)]
    [InlineData("100.64.0.1", AddressKind.SharedCarrierNat)]
    [InlineData("100.127.255.254", AddressKind.SharedCarrierNat)]
    [InlineData("0.0.0.0", AddressKind.Unspecified)]
    [InlineData("0.1.2.3", AddressKind.Unspecified)]
    [InlineData("224.0.0.251", AddressKind.Multicast)]
    [InlineData("239.255.255.250", AddressKind.Multicast)]
    [InlineData("255.255.255.255", AddressKind.Broadcast)]
    [InlineData("240.0.0.1", AddressKind.Reserved)]
    [InlineData("192.0.2.10", AddressKind.Reserved)]
    [InlineData("198.18.0.1", AddressKind.Reserved)]
    public void Refuses_non_public_ipv4(string address, AddressKind expected) =>
        Assert.Equal(expected, AddressGuard.Classify(IPAddress.Parse(address)));

    [Theory]
    [InlineData("::1", AddressKind.Loopback)]
    [InlineData("::", AddressKind.Unspecified)]
    [InlineData("fc00::1", AddressKind.Private)]
    [InlineData("fd12:3456:789a::1", AddressKind.Private)]
    [InlineData("fe80::1", AddressKind.LinkLocal)]
    [InlineData("fe80::1%2", AddressKind.LinkLocal)]
    [InlineData("fd00:ec2::254", AddressKind.Metadata)]
    [InlineData("ff02::1", AddressKind.Multicast)]
    [InlineData("2001:db8::1", AddressKind.Reserved)]
    [InlineData("100::1", AddressKind.Reserved)]
    public void Refuses_non_public_ipv6(string address, AddressKind expected) =>
        Assert.Equal(expected, AddressGuard.Classify(IPAddress.Parse(address)));

    [Theory]
    [InlineData("::ffff:127.0.0.1", AddressKind.Loopback)]
    [InlineData("::ffff:10.0.0.5", AddressKind.Private)]
    [InlineData("::ffff:169.254.169.254", AddressKind.Metadata)]
    [InlineData("::ffff:100.64.1.1", AddressKind.SharedCarrierNat)]
    [InlineData("::ffff:7f00:1", AddressKind.Loopback)]
    [InlineData("64:ff9b::a00:5", AddressKind.Private)]          // NAT64 of 10.0.0.5
    [InlineData("2002:a9fe:a9fe::", AddressKind.Metadata)]       // 6to4 of 169.254.169.254
    [InlineData("::127.0.0.1", AddressKind.Loopback)]            // deprecated IPv4-compatible form
    public void Sees_ipv4_hidden_in_ipv6(string address, AddressKind expected) =>
        Assert.Equal(expected, AddressGuard.Classify(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("151.101.2.132")]
    [InlineData("8.8.8.8")]
    [InlineData("100.63.255.255")]   // just below CGNAT
    [InlineData("172.32.0.1")]       // just above 172.16/12
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("2a00:1450:4007:80c::2003")]
    [InlineData("2606:4700::6810:84e5")]
    public void Accepts_public_addresses(string address) =>
        Assert.True(AddressGuard.IsPublic(IPAddress.Parse(address)));

    [Fact]
    public void Explains_a_refusal_in_french() =>
        Assert.Equal("10.0.0.5 est une adresse privée", AddressGuard.Describe(IPAddress.Parse("10.0.0.5"), AddressKind.Private));

    [Fact]
    public void Refusal_message_names_the_address_and_why()
    {
        var e = Assert.Throws<FetchException>(() =>
            GuardedConnect.EnsureAllowed("10.0.0.5", 80, IPAddress.Parse("10.0.0.5"), new HostAllowList([])));
        Assert.Equal("Adresse refusée : 10.0.0.5 est une adresse privée ; pour l'autoriser, ajoutez 10.0.0.5:80 au réglage Ingestion__Fetch__AllowedHosts", e.Message);
        Assert.Equal(FetchFailure.AddressRefused, e.Failure);
    }

    [Fact]
    public void Refusal_for_a_name_says_which_name_resolved_there()
    {
        var e = Assert.Throws<FetchException>(() =>
            GuardedConnect.EnsureAllowed("interne.exemple.fr", 443, IPAddress.Parse("192.168.0.12"), new HostAllowList([])));
        Assert.Equal("Adresse refusée : 192.168.0.12 est une adresse privée (pour interne.exemple.fr) ; pour l'autoriser, ajoutez interne.exemple.fr:443 au réglage Ingestion__Fetch__AllowedHosts", e.Message);
    }
}
