using ServeInfra.Core.Access;
using ServeInfra.Core.Tokens;

namespace ServeInfra.Core.Configuration;

public static partial class ConfigKeys
{
    /// <summary><c>privateSourceRanges</c>.</summary>
    public static ConfigKey PrivateSourceRanges { get; } = new("privateSourceRanges", ConfigType.Array, ConfigDefault.List("[]"), "192.168.0.0/16",
        "Private access only: client ranges allowed besides the VPC's own subnet and pod ranges (peered networks, VPN, clients in other regions).")
    {
        ItemType = ConfigType.String,
    };

    /// <summary><c>privateGlobalAccess</c>.</summary>
    public static ConfigKey PrivateGlobalAccess { get; } = new("privateGlobalAccess", ConfigType.Boolean, ConfigDefault.Of(false), "true",
        "Private access only: whether the internal load balancer accepts clients in other regions. They are still admitted only from the subnet, pod and privateSourceRanges ranges: list their ranges in privateSourceRanges.");

    /// <summary><c>domain</c>.</summary>
    public static ConfigKey Domain { get; } = new("domain", ConfigType.String, ConfigDefault.Of(""), "serve.example.com",
        "Public access only: DNS name of the HTTPS endpoint (point it at the static IP). Empty: <ip>.sslip.io, for trials.");

    /// <summary><c>backendTimeoutSeconds</c>.</summary>
    public static ConfigKey BackendTimeoutSeconds { get; } = new("backendTimeoutSeconds", ConfigType.Integer, ConfigDefault.Of(PublicAccess.DefaultBackendTimeoutSeconds), "300",
        "Public access only: seconds the load balancer and gateway wait for Ray Serve.")
    {
        Range = (1, 86400),
    };

    /// <summary><c>gatewayReplicas</c>.</summary>
    public static ConfigKey GatewayReplicas { get; } = new("gatewayReplicas", ConfigType.Integer, ConfigDefault.Of(PublicAccess.DefaultGatewayReplicas), "2",
        "Public access only: token gateway pods.")
    {
        Range = (2, 50),
    };

    /// <summary><c>tokens</c>.</summary>
    public static ConfigKey Tokens { get; } = new("tokens", ConfigType.Array, ConfigDefault.List($"[{{\"name\":\"{TokenSettings.DefaultName}\",\"generation\":{TokenSettings.Default.Generation}}}]"), "default",
        "Public access only: named tokens {name, generation, retiredThrough}. Raise generation to rotate (the previous value stays valid); raise retiredThrough to revoke old generations; remove a name to revoke it. Must include default.")
    {
        ItemType = ConfigType.Object,
        ItemField = "name",
    };
}
