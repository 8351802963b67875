using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingestion.Sources.Feeds;

/// <summary>An address block a feed request may not reach unless <see cref="SourcesOptions.AllowPrivateAddresses"/> is set.</summary>
/// <param name="Phrase">How the address is described in an error ("a private address").</param>
/// <param name="Block">The block in CIDR notation.</param>
internal sealed record NonPublicRange(string Phrase, string Block);

/// <summary>
/// Tells the addresses of the operator's own network and of the machine itself (loopback, RFC 1918, link-local with the
/// cloud metadata service, unique-local IPv6, carrier-grade NAT, "this network", multicast, reserved) from public ones.
/// IPv6 forms that carry an IPv4 address (IPv4-mapped, IPv4-compatible, NAT64 64:ff9b::/96) are judged by that
/// IPv4 address, since the connection ends up there.
/// </summary>
internal static class NetworkAddressClassifier
{
    private static readonly NonPublicRange ThisNetwork = new("a \"this network\" address", "0.0.0.0/8");
    private static readonly NonPublicRange Private10 = new("a private address", "10.0.0.0/8");
    private static readonly NonPublicRange CarrierGradeNat = new("a carrier-grade NAT (shared) address", "100.64.0.0/10");
    private static readonly NonPublicRange Loopback4 = new("a loopback address", "127.0.0.0/8");
    private static readonly NonPublicRange LinkLocal4 = new("a link-local address (where cloud metadata services listen)", "169.254.0.0/16");
    private static readonly NonPublicRange Private172 = new("a private address", "172.16.0.0/12");
    private static readonly NonPublicRange Private192 = new("a private address", "192.168.0.0/16");
    private static readonly NonPublicRange Multicast4 = new("a multicast address", "224.0.0.0/4");
    private static readonly NonPublicRange Reserved4 = new("a reserved address", "240.0.0.0/4");
    private static readonly NonPublicRange Unspecified6 = new("an unspecified address", "::/128");
    private static readonly NonPublicRange Loopback6 = new("a loopback address", "::1/128");
    private static readonly NonPublicRange LinkLocal6 = new("a link-local address", "fe80::/10");
    private static readonly NonPublicRange SiteLocal6 = new("a site-local address", "fec0::/10");
    private static readonly NonPublicRange UniqueLocal6 = new("a unique-local (private) address", "fc00::/7");
    private static readonly NonPublicRange Multicast6 = new("a multicast address", "ff00::/8");

    /// <summary>The non-public block <paramref name="address"/> belongs to, or null for a public address.</summary>
    public static NonPublicRange? NonPublicRangeOf(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => OfIPv4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => OfIPv6(address),
            _ => new NonPublicRange("an address of an unknown family", address.AddressFamily.ToString()),
        };
    }

    private static NonPublicRange? OfIPv4(ReadOnlySpan<byte> bytes) => bytes[0] switch
    {
        0 => ThisNetwork,
        10 => Private10,
        100 when (bytes[1] & 0xC0) == 64 => CarrierGradeNat,
        127 => Loopback4,
        169 when bytes[1] == 254 => LinkLocal4,
        172 when (bytes[1] & 0xF0) == 16 => Private172,
        192 when bytes[1] == 168 => Private192,
        >= 224 and < 240 => Multicast4,
        >= 240 => Reserved4,
        _ => null,
    };

    private static NonPublicRange? OfIPv6(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        if (address.Equals(IPAddress.IPv6Any))
        {
            return Unspecified6;
        }

        if (address.Equals(IPAddress.IPv6Loopback))
        {
            return Loopback6;
        }

        if (address.IsIPv4MappedToIPv6 || IsIPv4Compatible(bytes) || IsWellKnownNat64(bytes))
        {
            return OfIPv4(bytes.AsSpan(12, 4));
        }

        return bytes[0] switch
        {
            0xFE when (bytes[1] & 0xC0) == 0x80 => LinkLocal6,
            0xFE when (bytes[1] & 0xC0) == 0xC0 => SiteLocal6,
            0xFC or 0xFD => UniqueLocal6,
            0xFF => Multicast6,
            _ => null,
        };
    }

    // ::a.b.c.d (deprecated): the first 96 bits are zero; :: and ::1 are handled before.
    private static bool IsIPv4Compatible(byte[] bytes) => bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0;

    // 64:ff9b::/96 (RFC 6052): a NAT64 gateway forwards to the embedded IPv4 address.
    private static bool IsWellKnownNat64(byte[] bytes) =>
        bytes[0] == 0x00 && bytes[1] == 0x64 && bytes[2] == 0xFF && bytes[3] == 0x9B && bytes.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0;
}

/// <summary>
/// A feed or page request refused because its host resolves to a non-public address and
/// <see cref="SourcesOptions.AllowPrivateAddresses"/> is false. Never retried: it fails the same way every time.
/// </summary>
public sealed class PrivateAddressRefusedException : HttpRequestException
{
    public PrivateAddressRefusedException()
    {
    }

    public PrivateAddressRefusedException(string message)
        : base(message)
    {
    }

    public PrivateAddressRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal PrivateAddressRefusedException(Uri? url, string reason)
        : base(url is null ? reason : $"{url.AbsoluteUri}: {reason}")
    {
        Url = url;
        Reason = reason;
    }

    /// <summary>The URL being connected to (after redirects, the redirect target).</summary>
    public Uri? Url { get; }

    /// <summary>Why, without the URL: "{host} resolves to {address}, a private address (10.0.0.0/8); set … to allow".</summary>
    public string Reason { get; } = "";

    /// <summary>The refusal behind <paramref name="exception"/> (SocketsHttpHandler wraps what a connect callback throws), if any.</summary>
    public static PrivateAddressRefusedException? Find(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is PrivateAddressRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }
}

/// <summary>
/// The feed client's <see cref="SocketsHttpHandler.ConnectCallback"/>: resolves the host, refuses the connection if
/// any resolved address is non-public (unless <see cref="SourcesOptions.AllowPrivateAddresses"/>), then connects to
/// exactly the addresses it checked. Checking at connect time covers redirects (a new host is a new connection) and
/// DNS rebinding (the socket goes to the checked address, never to a second lookup's answer).
/// </summary>
internal sealed class FeedConnectionGuard(IOptions<SourcesOptions> options, ILogger<FeedConnectionGuard> logger)
{
    public const string AllowKey = $"{SourcesOptions.SectionName}:{nameof(SourcesOptions.AllowPrivateAddresses)}";

    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endpoint = context.DnsEndPoint;
        var host = endpoint.Host.StartsWith('[') && endpoint.Host.EndsWith(']') ? endpoint.Host[1..^1] : endpoint.Host;
        var addresses = await Dns.GetHostAddressesAsync(host, endpoint.AddressFamily, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        if (!options.Value.AllowPrivateAddresses && RefusalReason(host, addresses) is { } reason)
        {
            var url = context.InitialRequestMessage.RequestUri;
            logger.FeedAddressRefused(url?.AbsoluteUri ?? host, reason);
            throw new PrivateAddressRefusedException(url, reason);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endpoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Why <paramref name="host"/> may not be reached, judging every address it resolved to; null if all are public.
    /// One bad address refuses the host: connecting only to the public ones would let a hostile DNS answer mix a public
    /// and an internal address and succeed whenever the public one happens to be down.
    /// </summary>
    public static string? RefusalReason(string host, IReadOnlyList<IPAddress> addresses)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        foreach (var address in addresses)
        {
            if (NetworkAddressClassifier.NonPublicRangeOf(address) is { } range)
            {
                var subject = IPAddress.TryParse(host, out _) ? $"{address} is" : $"{host} resolves to {address},";
                return string.Create(CultureInfo.InvariantCulture, $"{subject} {range.Phrase} ({range.Block}); set {AllowKey}=true to allow");
            }
        }

        return null;
    }
}
