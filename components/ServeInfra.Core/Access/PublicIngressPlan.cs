using System.Text.Json;
using ServeInfra.Core.Gateway;
using ServeInfra.Core.Naming;

namespace ServeInfra.Core.Access;

/// <summary>
/// The GKE objects in front of a public cluster's gateway, as plain data: the BackendConfig (health check, timeout,
/// logging), the FrontendConfig (HTTPS redirect, TLS policy), the ManagedCertificate, and the annotations that tie them
/// to the gateway's Service and the Ingress (kubernetes/ingress-gce; CRDs in ../shared/conformance/gke).
/// </summary>
public static class PublicIngressPlan
{
    /// <summary>How long the load balancer lets a removed gateway pod finish its requests.</summary>
    public const int DrainingTimeoutSeconds = 30;

    /// <summary>The BackendConfig's spec: the gateway's health path, Serve's timeout, no request logging.</summary>
    public static Dictionary<string, object> BackendConfigSpec(PublicAccess access, GatewaySettings gateway)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(gateway);
        return new Dictionary<string, object>
        {
            ["timeoutSec"] = access.BackendTimeoutSeconds,
            ["healthCheck"] = new Dictionary<string, object> { ["type"] = "HTTP", ["requestPath"] = gateway.HealthPath, ["port"] = gateway.ListenPort },
            // Load balancer request logs record full URLs, docs links' tokens included: off. The gateway logs every request, without secrets.
            ["logging"] = new Dictionary<string, object> { ["enable"] = false },
            ["connectionDraining"] = new Dictionary<string, object> { ["drainingTimeoutSec"] = DrainingTimeoutSeconds },
        };
    }

    /// <summary>The FrontendConfig's spec: HTTP redirects to HTTPS (301), and the TLS policy by name.</summary>
    public static Dictionary<string, object> FrontendConfigSpec(string sslPolicyName) => new()
    {
        ["redirectToHttps"] = new Dictionary<string, object> { ["enabled"] = true, ["responseCodeName"] = "MOVED_PERMANENTLY_DEFAULT" },
        ["sslPolicy"] = sslPolicyName,
    };

    /// <summary>The ManagedCertificate's spec: the one host name.</summary>
    public static Dictionary<string, object> CertificateSpec(string host) => new() { ["domains"] = new List<object> { host } };

    /// <summary>
    /// The gateway Service's annotations: container-native load balancing (the load balancer sends to pod IPs, and
    /// health checks reach the gateway itself) and its BackendConfig.
    /// </summary>
    public static IReadOnlyDictionary<string, string> GatewayServiceAnnotations(ClusterNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            // Spelt as earlier releases wrote them, so existing stacks see no change.
            ["cloud.google.com/neg"] = "{\"ingress\": true}",
            ["cloud.google.com/backend-config"] = $"{{\"default\": {JsonSerializer.Serialize(names.Gateway)}}}",
        };
    }

    /// <summary>
    /// The Ingress's annotations. The class goes in the annotation: with <c>spec.ingressClassName</c> set, ingress-gce
    /// ignores the Ingress (<c>pkg/utils/utils.go</c> IsGCEIngress).
    /// </summary>
    public static IReadOnlyDictionary<string, string> IngressAnnotations(string globalAddressName, string certificateName, string frontendConfigName) =>
        new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["kubernetes.io/ingress.class"] = "gce",
            ["kubernetes.io/ingress.global-static-ip-name"] = globalAddressName,
            ["networking.gke.io/managed-certificates"] = certificateName,
            ["networking.gke.io/v1beta1.FrontendConfig"] = frontendConfigName,
        };
}
