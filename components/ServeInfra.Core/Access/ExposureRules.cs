namespace ServeInfra.Core.Access;

/// <summary>
/// Decides whether a resource would face the internet, for the guard that refuses such resources in a stack
/// whose cluster is private. Each rule returns why a resource is refused, or null when it is fine.
/// </summary>
public static class ExposureRules
{
    /// <summary>The GKE annotation that makes a LoadBalancer Service internal.</summary>
    public const string InternalLoadBalancerAnnotation = "networking.gke.io/load-balancer-type";

    /// <summary>The load balancer class that also selects GKE's internal load balancer.</summary>
    public const string InternalLoadBalancerClass = "networking.gke.io/l4-regional-internal";

    private static readonly Dictionary<string, string> RefusedTypes = new(StringComparer.Ordinal)
    {
        ["kubernetes:networking.k8s.io/v1:Ingress"] = "an Ingress makes GKE build an internet-facing HTTP(S) load balancer",
        ["kubernetes:networking.k8s.io/v1beta1:Ingress"] = "an Ingress makes GKE build an internet-facing HTTP(S) load balancer",
        ["kubernetes:extensions/v1beta1:Ingress"] = "an Ingress makes GKE build an internet-facing HTTP(S) load balancer",
        ["gcp:compute/globalAddress:GlobalAddress"] = "a global address exists to give an internet-facing load balancer its IP",
        ["gcp:compute/globalForwardingRule:GlobalForwardingRule"] = "a global forwarding rule is the front of an internet-facing load balancer",
        ["serveinfra:access:PublicEndpoint"] = "it is the public access mode's endpoint",
    };

    /// <summary>Refuses resource types that only exist to face the internet.</summary>
    public static string? ForType(string typeToken) => RefusedTypes.GetValueOrDefault(typeToken);

    /// <summary>A LoadBalancer Service is external unless GKE is told to make it internal.</summary>
    public static string? ForService(string? serviceType, IReadOnlyDictionary<string, string>? annotations, string? loadBalancerClass)
    {
        if (serviceType != "LoadBalancer")
        {
            return null;
        }

        var internalByAnnotation = annotations is not null
            && annotations.TryGetValue(InternalLoadBalancerAnnotation, out var kind) && kind == "Internal";
        return internalByAnnotation || loadBalancerClass == InternalLoadBalancerClass
            ? null
            : $"a LoadBalancer Service without the annotation {InternalLoadBalancerAnnotation}: Internal gets an external IP";
    }

    /// <summary>
    /// Why a Serve Service (KubeRay's serve Service, however it is declared) is not allowed in a private stack: it must
    /// pass <see cref="ForService"/>, and a load balancer must list its source ranges (without them GKE's firewall rule
    /// admits 0.0.0.0/0: every network routed into the VPC and its peers).
    /// </summary>
    public static string? ForServeService(string? serviceType, IReadOnlyDictionary<string, string>? annotations, string? loadBalancerClass, int sourceRangeCount) =>
        ForService(serviceType, annotations, loadBalancerClass)
        ?? (serviceType == "LoadBalancer" && sourceRangeCount == 0
            ? "Serve's load balancer without loadBalancerSourceRanges admits every network routed into the VPC"
            : null);

    /// <summary>Compute addresses are EXTERNAL unless they say INTERNAL.</summary>
    public static string? ForAddress(string? addressType) =>
        addressType == "INTERNAL" ? null : $"an address of type {addressType ?? "EXTERNAL (the default)"} is reachable from the internet";

    /// <summary>A VM with an access config has an external IP.</summary>
    public static string? ForInstance(int accessConfigCount) =>
        accessConfigCount == 0 ? null : "a VM network interface with an access config has an external IP";

    /// <summary>GKE nodes get external IPs unless private nodes are on.</summary>
    public static string? ForNodes(bool? enablePrivateNodes, bool unsetMeansPublic) =>
        enablePrivateNodes == true || (enablePrivateNodes is null && !unsetMeansPublic)
            ? null
            : "GKE nodes without private nodes get external IPs";
}
