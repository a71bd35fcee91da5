namespace ServeInfra.Core.Tests.Gateway.Infrastructure;

/// <summary>
/// A response as it came off the wire. Status 0: none arrived (connection closed or timed out);
/// <see cref="Http09"/>: an HTTP/0.9 reply, which is a body without status line or headers.
/// </summary>
public sealed record RawResponse(int Status, IReadOnlyList<KeyValuePair<string, string>> Headers, string Body)
{
    /// <summary>The pseudo-status of an HTTP/0.9 reply.</summary>
    public const int Http09 = 9;

    /// <summary>Values of every header named <paramref name="name"/> (case-insensitive), in order.</summary>
    public IReadOnlyList<string> Values(string name) =>
        Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).ToList();

    /// <summary>The single value of a header, or null when absent.</summary>
    public string? Header(string name) => Values(name).SingleOrDefault();

    public override string ToString() =>
        $"{Status} [{string.Join("; ", Headers.Select(h => $"{h.Key}: {h.Value}"))}] {Body.Length} body bytes";
}
