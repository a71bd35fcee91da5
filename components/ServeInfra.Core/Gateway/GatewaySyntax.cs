using System.Text.RegularExpressions;

namespace ServeInfra.Core.Gateway;

/// <summary>
/// The character sets the gateway accepts for anything it writes into nginx config. Every one excludes
/// whitespace, quotes, ';', '{', '}', '$' and '\', so a validated value can never end a directive, open
/// a block or expand a variable; only labels may hold '#', and they are always written quoted.
/// </summary>
internal static partial class GatewaySyntax
{
    /// <summary>Serve application name.</summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    internal static partial Regex AppName();

    /// <summary>Token name.</summary>
    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$", RegexOptions.CultureInvariant)]
    internal static partial Regex TokenName();

    /// <summary>Token label, as the access log prints it.</summary>
    [GeneratedRegex("^[A-Za-z0-9._#:-]{1,64}$", RegexOptions.CultureInvariant)]
    internal static partial Regex TokenLabel();

    /// <summary>URL path: one or more '/'-led segments of unreserved characters (RFC 3986), no trailing slash.</summary>
    [GeneratedRegex("^(/[A-Za-z0-9._~-]+)+$", RegexOptions.CultureInvariant)]
    internal static partial Regex UrlPath();

    /// <summary>Absolute filesystem path: one or more '/'-led segments, no trailing slash.</summary>
    [GeneratedRegex("^(/[A-Za-z0-9._-]+)+$", RegexOptions.CultureInvariant)]
    internal static partial Regex FilePath();

    /// <summary>DNS name (RFC 1123 labels).</summary>
    [GeneratedRegex(@"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$", RegexOptions.CultureInvariant)]
    internal static partial Regex DnsName();

    /// <summary>Dotted-quad IPv4 address.</summary>
    [GeneratedRegex(@"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$", RegexOptions.CultureInvariant)]
    internal static partial Regex Ipv4();

    /// <summary>Whether a path has a "." or ".." segment, which nginx would normalise away.</summary>
    internal static bool HasDotSegment(string path) =>
        path.Split('/').Any(segment => segment is "." or "..");

    /// <summary>
    /// A validated value as an exact PCRE pattern: '.' is the only regex metacharacter the character sets
    /// above allow.
    /// </summary>
    internal static string ExactPattern(string validated) => "^" + validated.Replace(".", @"\.", StringComparison.Ordinal) + "$";
}
