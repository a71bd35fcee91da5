using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ServeInfra.Core.Networking;

/// <summary>An IPv4 range in CIDR notation, normalised so that host bits are zero.</summary>
public readonly record struct Ipv4Cidr
{
    private Ipv4Cidr(uint network, int prefixLength)
    {
        Network = network;
        PrefixLength = prefixLength;
    }

    /// <summary>The first address of the range, as a big-endian integer.</summary>
    public uint Network { get; }

    /// <summary>The prefix length, 0 to 32.</summary>
    public int PrefixLength { get; }

    /// <summary>The number of addresses in the range.</summary>
    public ulong Size => 1UL << (32 - PrefixLength);

    private uint Mask => PrefixLength == 0 ? 0u : uint.MaxValue << (32 - PrefixLength);

    /// <summary>The whole IPv4 space, 0.0.0.0/0.</summary>
    public static Ipv4Cidr Everything { get; } = new(0, 0);

    /// <summary>
    /// Parses <c>a.b.c.d/n</c>. Host bits must be zero (<c>10.0.0.1/8</c> is refused), because GCP refuses
    /// such ranges and a user who wrote one probably meant something else.
    /// </summary>
    public static bool TryParse(string? text, out Ipv4Cidr cidr)
    {
        cidr = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == text.Length - 1)
        {
            return false;
        }

        var addressText = text[..slash];
        var prefixText = text[(slash + 1)..];
        if (!prefixText.All(char.IsAsciiDigit) || prefixText.Length > 2
            || !int.TryParse(prefixText, NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) || prefix > 32)
        {
            return false;
        }

        // IPAddress.TryParse accepts shorthand such as "10" or "10.1"; insist on four dotted decimals.
        if (addressText.Count(c => c == '.') != 3 || !addressText.All(c => c == '.' || char.IsAsciiDigit(c))
            || !IPAddress.TryParse(addressText, out var address) || address.AddressFamily != AddressFamily.InterNetwork)
        {
            return false;
        }

        var bytes = address.GetAddressBytes();
        var value = ((uint)bytes[0] << 24) | ((uint)bytes[1] << 16) | ((uint)bytes[2] << 8) | bytes[3];
        var candidate = new Ipv4Cidr(value, prefix);
        if ((value & ~candidate.Mask) != 0)
        {
            return false;
        }

        cidr = candidate;
        return true;
    }

    /// <summary>Parses or throws <see cref="FormatException"/>; for literals known to be valid.</summary>
    public static Ipv4Cidr Parse(string text) =>
        TryParse(text, out var cidr) ? cidr : throw new FormatException($"'{text}' is not an IPv4 CIDR range such as 10.0.0.0/16.");

    /// <summary>True when every address of <paramref name="other"/> is in this range.</summary>
    public bool Contains(Ipv4Cidr other) =>
        other.PrefixLength >= PrefixLength && (other.Network & Mask) == Network;

    /// <summary>True when the two ranges share at least one address.</summary>
    public bool Overlaps(Ipv4Cidr other) => Contains(other) || other.Contains(this);

    /// <summary>True for ranges inside RFC 1918 private space (10/8, 172.16/12, 192.168/16).</summary>
    public bool IsPrivate
    {
        get
        {
            var self = this;
            return PrivateRanges.Any(range => range.Contains(self));
        }
    }

    private static readonly Ipv4Cidr[] PrivateRanges =
    [
        new(0x0A000000, 8),
        new(0xAC100000, 12),
        new(0xC0A80000, 16),
    ];

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Network >> 24}.{(Network >> 16) & 0xFF}.{(Network >> 8) & 0xFF}.{Network & 0xFF}/{PrefixLength}");
}
