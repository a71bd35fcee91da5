using ServeInfra.Core.Tokens;

namespace ServeInfra.Core.Access;

/// <summary>
/// An internet-facing HTTPS endpoint (global static IP, GKE Ingress, Google-managed certificate) in front of
/// a token gateway: every request must carry one of the cluster's tokens.
/// </summary>
public sealed partial record PublicAccess : ClusterAccess
{
    /// <summary>Default of <see cref="BackendTimeoutSeconds"/>.</summary>
    public const int DefaultBackendTimeoutSeconds = 300;

    /// <summary>Default of <see cref="CertificateTimeoutSeconds"/>: do not wait (DNS cannot point at an address that does not exist yet).</summary>
    public const int DefaultCertificateTimeoutSeconds = 0;

    /// <summary>Default of <see cref="GatewayReplicas"/>.</summary>
    public const int DefaultGatewayReplicas = 2;

    /// <inheritdoc />
    /// <summary>The mode's name in stack config: <c>public</c>.</summary>
    public const string Name = "public";

    /// <inheritdoc />
    public override string Stamp => Name;

    /// <summary>
    /// The DNS name the certificate is issued for; it must point at the endpoint's static IP. Null: the
    /// endpoint uses <c>&lt;ip&gt;.sslip.io</c>, which is for trials only.
    /// </summary>
    public string? Domain { get; init; }

    /// <summary>How long the load balancer and the gateway wait for Ray Serve to answer, in seconds. Default 300.</summary>
    public int BackendTimeoutSeconds { get; init; } = DefaultBackendTimeoutSeconds;

    /// <summary>How many gateway pods run; at least 2 so that a rolling update or a node drain never drops traffic.</summary>
    public int GatewayReplicas { get; init; } = DefaultGatewayReplicas;

    /// <summary>The named tokens and their rotation state. Default: one token named <c>default</c>, generation 1.</summary>
    public IReadOnlyList<TokenSettings> Tokens { get; init; } = [TokenSettings.Default];

    /// <summary>How long <c>pulumi up</c> waits for the managed certificate to become Active, in seconds; 0 does not wait.</summary>
    public int CertificateTimeoutSeconds { get; init; } = DefaultCertificateTimeoutSeconds;
}
