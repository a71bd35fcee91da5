namespace ServeInfra.Core.Tokens;

/// <summary>
/// How fast one named token may call the cluster, all its generations together: a bound on what a leaked token
/// can spend on GPU-backed apps. Enforced by each gateway pod: across <c>gatewayReplicas</c> pods a token gets up
/// to that many times the rate. Over it, requests get 429 with <c>Retry-After</c> and never reach Serve.
/// </summary>
/// <param name="RequestsPerSecond">Sustained requests per second, 1 to 100000.</param>
/// <param name="Burst">Requests above the rate admitted at once (served immediately), 0 to 100000.</param>
public sealed record TokenRateLimit(int RequestsPerSecond, int Burst)
{
    /// <summary>The allowed <see cref="RequestsPerSecond"/>: up to what the gateway enforces.</summary>
    public static (int Min, int Max) RequestsPerSecondRange { get; } = (1, Gateway.GatewaySettings.MaximumRate);

    /// <summary>The allowed <see cref="Burst"/>: up to what the gateway enforces.</summary>
    public static (int Min, int Max) BurstRange { get; } = (0, Gateway.GatewaySettings.MaximumRate);
}
