namespace AIMediaTracker.Ingestion.Fetching;

/// <summary>What kind of network an IP address belongs to; only <see cref="Public"/> may be fetched by default.</summary>
public enum AddressKind
{
    Public,
    Loopback,
    Private,
    LinkLocal,
    Metadata,
    Unspecified,
    Multicast,
    Broadcast,
    SharedCarrierNat,
    Reserved,
}
