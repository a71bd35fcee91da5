using ServeInfra.Core.Tests.Gateway.Infrastructure;

namespace ServeInfra.Core.Tests.Gateway.Cases;

/// <summary>
/// One request sent raw to the gateway and what must follow. Checked for every case besides these fields:
/// whatever Serve saw carries no Authorization header and no SERVE_TOKEN cookie; only a 302 sets a cookie or a
/// Location; a 401 from the gateway carries a Bearer challenge; no token value appears in a response except the
/// cookie.
/// </summary>
public sealed record GatewayCase
{
    /// <summary>The request, with the placeholders of <see cref="TestTokens.Fill"/>.</summary>
    public required string Request { get; init; }

    public required int Status { get; init; }

    /// <summary>
    /// Statuses an nginx of another supported version (1.22 or later) answers instead of <see cref="Status"/>, for a
    /// request nginx refuses itself: e.g. CONNECT is 400 on 1.22 and 405 on 1.29. Such a case must also be
    /// <see cref="RefusedByNginx"/>.
    /// </summary>
    public IReadOnlyList<int> OrStatuses { get; init; } = [];

    /// <summary>
    /// nginx refused the request itself, before any auth decision: a 4xx without the gateway's challenge or its
    /// 401 body, and Serve saw nothing.
    /// </summary>
    public bool RefusedByNginx { get; init; }

    /// <summary>The request-target Serve must have received (exactly one request), or null: Serve saw nothing.</summary>
    public string? UpstreamSaw { get; init; }

    /// <summary>More checks on what Serve received.</summary>
    public Action<UpstreamRequest, TestTokens>? UpstreamCheck { get; init; }

    /// <summary>The token label the access-log line must carry ("" = none), or null: not checked.</summary>
    public string? Label { get; init; }

    /// <summary>Response headers that must have exactly this value, or be absent (null).</summary>
    public IReadOnlyDictionary<string, string?> Headers { get; init; } = new Dictionary<string, string?>();

    /// <summary>More checks on the response.</summary>
    public Action<RawResponse>? ResponseCheck { get; init; }

    /// <summary>The exact response body, or null: not checked.</summary>
    public string? Body { get; init; }

    /// <summary>False for the health path, which has no access-log line.</summary>
    public bool Logged { get; init; } = true;
}
