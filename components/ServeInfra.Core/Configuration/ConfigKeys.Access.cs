namespace ServeInfra.Core.Configuration;

public static partial class ConfigKeys
{
    /// <summary><c>privateSourceRanges</c>.</summary>
    public static ConfigKey PrivateSourceRanges { get; } = new("privateSourceRanges", ConfigType.Array, "[]", "192.168.0.0/16",
        "Private access only: client ranges allowed besides the VPC's own subnet and pod ranges (peered networks, VPN).");

    /// <summary><c>privateGlobalAccess</c>.</summary>
    public static ConfigKey PrivateGlobalAccess { get; } = new("privateGlobalAccess", ConfigType.Boolean, "false", "true",
        "Private access only: whether clients in other regions may reach the internal endpoint.");

    /// <summary><c>domain</c>.</summary>
    public static ConfigKey Domain { get; } = new("domain", ConfigType.String, "\"\"", "serve.example.com",
        "Public access only: DNS name of the HTTPS endpoint (point it at the static IP). Empty: <ip>.sslip.io, for trials.");

    /// <summary><c>backendTimeoutSeconds</c>.</summary>
    public static ConfigKey BackendTimeoutSeconds { get; } = new("backendTimeoutSeconds", ConfigType.Integer, "300", "300",
        "Public access only: seconds the load balancer and gateway wait for Ray Serve (1 to 86400).");

    /// <summary><c>gatewayReplicas</c>.</summary>
    public static ConfigKey GatewayReplicas { get; } = new("gatewayReplicas", ConfigType.Integer, "2", "2",
        "Public access only: token gateway pods (2 to 50).");

    /// <summary><c>tokens</c>.</summary>
    public static ConfigKey Tokens { get; } = new("tokens", ConfigType.Array, "[{\"name\":\"default\",\"generation\":1}]", "default",
        "Public access only: named tokens {name, generation, retiredThrough, requestsPerSecond, burst}. Raise generation to rotate (the previous value stays valid; a new generation gets the current token format); raise retiredThrough to revoke old generations; remove a name to revoke it. requestsPerSecond (optional; burst defaults to it) limits a token per gateway pod: over it, 429. Must include default.",
        ItemField: "name");
}
