using ServeInfra.Core.Access;
using ServeInfra.Core.Serve;
using ServeInfra.Core.Settings;

namespace ServeInfra.Core.Ray;

/// <summary>
/// KubeRay's serve Service as a private cluster exposes it: an internal passthrough load balancer on port 80 whose
/// firewall admits only the allowed client ranges. It goes into the RayService's <c>spec.serveService</c>
/// (<see cref="Manifest"/>), so KubeRay creates it that way and keeps it that way when it switches the Service to a new
/// Ray cluster: it then replaces the whole spec from <c>serveService</c> and sets the selector itself
/// (ray-project/kuberay v1.7.0 <c>common/service.go</c> <c>BuildServeService</c>, <c>rayservice_controller.go</c>
/// <c>reconcileServices</c>). KubeRay never updates an existing Service for a changed <c>serveService</c>, so the
/// Pulumi layer also applies the same fields to the live Service on every <c>pulumi up</c>.
/// </summary>
public sealed record PrivateServeService
{
    /// <summary>The port clients call: <c>http://&lt;internal-ip&gt;/</c>.</summary>
    public const int Port = 80;

    /// <summary>The port's name: the one KubeRay recognises, so its own definition of the port gives way to this one.</summary>
    public const string PortName = "serve";

    /// <summary>The Service's traffic policy: clients' own addresses reach the pods (see <see cref="PrivateAccess.ExternalTrafficPolicy"/>).</summary>
    public const string ExternalTrafficPolicy = PrivateAccess.ExternalTrafficPolicy;

    /// <summary>GKE's annotation that makes a LoadBalancer Service internal (kubernetes/ingress-gce <c>pkg/l4/annotations</c>).</summary>
    public const string InternalAnnotation = ExposureRules.InternalLoadBalancerAnnotation;

    /// <summary>GKE's annotation that lets clients in other regions reach an internal load balancer.</summary>
    public const string GlobalAccessAnnotation = "networking.gke.io/internal-load-balancer-allow-global-access";

    /// <summary>GKE's annotation (L4 subsetting) that pins the load balancer to a reserved address, by the address's name.</summary>
    public const string AddressAnnotation = "networking.gke.io/load-balancer-ip-addresses";

    /// <summary>The Service's annotations, without the reserved address (its name is known only once it exists).</summary>
    public required IReadOnlyDictionary<string, string> Annotations { get; init; }

    /// <summary>The client ranges the load balancer's firewall admits.</summary>
    public required IReadOnlyList<string> SourceRanges { get; init; }

    /// <summary>The Service for a private cluster.</summary>
    public static PrivateServeService For(PrivateAccess access, NetworkSettings network)
    {
        ArgumentNullException.ThrowIfNull(access);
        return new PrivateServeService
        {
            Annotations = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                [InternalAnnotation] = "Internal",
                [GlobalAccessAnnotation] = access.GlobalAccess ? "true" : "false",
            },
            // Without source ranges GKE's firewall rule admits 0.0.0.0/0: anything routed into the VPC.
            SourceRanges = access.SourceRanges(network).Select(range => range.ToString()).ToList(),
        };
    }

    /// <summary>The annotations with the reserved address pinned.</summary>
    public IReadOnlyDictionary<string, string> AnnotationsWith(string addressName) =>
        new SortedDictionary<string, string>(Annotations.ToDictionary(), StringComparer.Ordinal) { [AddressAnnotation] = addressName };

    /// <summary>The RayService's <c>spec.serveService</c>.</summary>
    public Dictionary<string, object> Manifest(string addressName) => new()
    {
        ["metadata"] = new Dictionary<string, object> { ["annotations"] = AnnotationsWith(addressName).ToDictionary(p => p.Key, p => (object)p.Value) },
        ["spec"] = new Dictionary<string, object>
        {
            ["type"] = "LoadBalancer",
            ["externalTrafficPolicy"] = ExternalTrafficPolicy,
            ["ports"] = new List<object>
            {
                new Dictionary<string, object> { ["name"] = PortName, ["port"] = Port, ["targetPort"] = ServeConfigRenderer.HttpPort, ["protocol"] = "TCP" },
            },
            ["loadBalancerSourceRanges"] = SourceRanges.Cast<object>().ToList(),
        },
    };
}
