namespace ServeInfra.Core.Gateway;

/// <summary>
/// A request-rate limit on one named token (all its generations together), enforced by each gateway process
/// (each pod in the cluster): above it the gateway answers 429 with <c>Retry-After</c> and never contacts Serve.
/// nginx's leaky bucket (<c>limit_req</c>): requests are admitted at <see cref="RequestsPerSecond"/>, and up to
/// <see cref="Burst"/> more at once are served immediately rather than refused.
/// </summary>
public sealed record GatewayRateLimit
{
    /// <summary>The <see cref="GatewayToken.Name"/> the limit applies to.</summary>
    public required string TokenName { get; init; }

    /// <summary>Sustained requests per second, 1-100000.</summary>
    public required int RequestsPerSecond { get; init; }

    /// <summary>Requests above the rate admitted at once, 0-100000. Default 0: none (every request waits its turn at the rate, or gets 429).</summary>
    public int Burst { get; init; }
}
