namespace ServeInfra.Core.Tests.Gateway.Infrastructure;

/// <summary>One request as the upstream (standing in for Ray Serve) received it, byte for byte in its head.</summary>
public sealed record UpstreamRequest(string Method, string Target, IReadOnlyList<KeyValuePair<string, string>> Headers, int BodyLength)
{
    /// <summary>Values of every header named <paramref name="name"/> (case-insensitive), in order.</summary>
    public IReadOnlyList<string> Values(string name) =>
        Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).ToList();

    /// <summary>The single value of a header, or null when absent.</summary>
    public string? Header(string name) => Values(name).SingleOrDefault();
}
