using System.Text.RegularExpressions;

namespace ServeInfra.Core.Gateway;

/// <summary>
/// The character sets the gateway accepts for anything it writes into nginx config. Every one excludes
/// whitespace, quotes, ';', '{', '}', '$' and '\', so a validated value can never end a directive, open
/// a block or expand a variable; only labels may hold '#', and they are always written quoted.
/// </summary>
internal static partial class GatewaySyntax
{
    /// <summary>
    /// Token name. Lower case: the rate-limit maps of nginx.conf key on names, and nginx compares map keys
    /// case-insensitively, so "CI" and "ci" could not be told apart there.
    /// </summary>
    [GeneratedRegex("^" + TokenNameClass + "{1,64}$", RegexOptions.CultureInvariant)]
    internal static partial Regex TokenName();

    /// <summary>Token label, as the access log prints it.</summary>
    [GeneratedRegex("^" + TokenLabelClass + "{1,64}$", RegexOptions.CultureInvariant)]
    internal static partial Regex TokenLabel();

    /// <summary>The characters of a token name, as a regex class (nginx's PCRE reads it the same way).</summary>
    internal const string TokenNameClass = "[a-z0-9._-]";

    /// <summary>The characters of a token label, as a regex class.</summary>
    internal const string TokenLabelClass = "[A-Za-z0-9._#:-]";

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

    /// <summary>
    /// The PCRE alternatives that match one token of either format and nothing else: the current format first,
    /// then the earlier one (their lengths differ, so no value matches both). Case-sensitive, as nginx compiles
    /// regexes unless they start with <c>~*</c>.
    /// </summary>
    internal static string TokenPattern { get; } =
        $"[a-z0-9]{{{GatewayTokenGenerator.TokenLength}}}|[A-Za-z0-9]{{{GatewayTokenGenerator.LegacyLength}}}";

    /// <summary>
    /// A validated name or label as a key of an nginx <c>map</c> block. A leading backslash makes nginx take the key
    /// literally even when it is one of the block's own words ("default", "include", "hostnames", "volatile"): a
    /// token named "default" must not become the map's default value. It is written doubled: the config reader
    /// turns "\\" into one backslash, which the map drops (ngx_http_map, ngx_http_map_module.c), while a single one
    /// before t, r or n would be read as a tab, CR or LF (ngx_conf_read_token, src/core/ngx_conf_file.c; both at
    /// nginx 1.22.1 and 1.29.3), and "team-b" would become a key no name matches.
    /// </summary>
    internal static string MapKey(string validated) => @"\\" + validated;

    /// <summary>Whether a path has a "." or ".." segment, which nginx would normalise away.</summary>
    internal static bool HasDotSegment(string path) =>
        path.Split('/').Any(segment => segment is "." or "..");

    /// <summary>
    /// A validated value as an exact PCRE pattern: '.' is the only regex metacharacter the character sets
    /// above allow.
    /// </summary>
    internal static string ExactPattern(string validated) => "^" + validated.Replace(".", @"\.", StringComparison.Ordinal) + "$";
}
