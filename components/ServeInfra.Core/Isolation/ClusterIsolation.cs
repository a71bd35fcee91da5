using ServeInfra.Core.Access;
using ServeInfra.Core.Checks;
using ServeInfra.Core.Naming;
using ServeInfra.Core.Networking;
using ServeInfra.Core.Ray;
using ServeInfra.Core.Serve;
using ServeInfra.Core.Settings;

namespace ServeInfra.Core.Isolation;

/// <summary>
/// The NetworkPolicies of one cluster: only Serve's callers reach Serve's port, and nothing outside the Ray cluster
/// but the KubeRay operator reaches Ray's own ports (dashboard 8265, GCS 6379, client 10001, the workers' ports).
/// </summary>
public static class ClusterIsolation
{
    /// <summary>
    /// Where Google Front Ends and health checkers connect from: for Application Load Balancers with zonal
    /// (<c>GCE_VM_IP_PORT</c>) NEG backends the proxies use the health checkers' ranges (cloud.google.com/load-balancing/docs/firewall-rules).
    /// With container-native load balancing both connect to the pod's IP directly, so a pod-level rule must admit them.
    /// </summary>
    public static IReadOnlyList<Ipv4Cidr> GoogleFrontEndRanges { get; } = [Ipv4Cidr.Parse("35.191.0.0/16"), Ipv4Cidr.Parse("130.211.0.0/22")];

    /// <summary>Every NetworkPolicy <paramref name="cluster"/> needs in its namespace, for its access mode.</summary>
    public static IReadOnlyList<IngressPolicy> Policies(ClusterSettings cluster, NetworkSettings network)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return cluster.Access is PublicAccess access ? [RayPolicy(cluster, network), GatewayPolicy(cluster, access)] : [RayPolicy(cluster, network)];
    }

    /// <summary>
    /// The policy on the Ray pods (head and workers, of every RayCluster the RayService runs): Ray's ports from Ray pods and
    /// the KubeRay operator; Serve's port also from Serve's callers in this access mode.
    /// </summary>
    public static IngressPolicy RayPolicy(ClusterSettings cluster, NetworkSettings network)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(network);
        var rayPods = RayServiceSpec.RayPodLabels(cluster.Name);
        IngressRule[] rules =
        [
            new()
            {
                Why = "Head and workers talk to each other on many ports: GCS, object manager, node manager, worker ports.",
                From = [new PodPeer { PodLabels = rayPods }],
            },
            new()
            {
                Why = "The KubeRay operator reads Serve's state through the dashboard and checks the head's proxy on Serve's port.",
                From = [new PodPeer { PodLabels = KubeRayOperator.PodLabels, NamespaceLabels = NamespaceNamed(KubeRayOperator.Namespace) }],
                Ports = KubeRayOperator.PortsOnRayPods,
            },
            ServeCallers(cluster, network),
        ];
        return new IngressPolicy { Name = new ClusterNames(cluster.Name).RayPolicy, PodSelector = rayPods, Rules = rules };
    }

    /// <summary>The policy on a public cluster's gateway pods: only the HTTPS load balancer and the endpoint check reach them.</summary>
    public static IngressPolicy GatewayPolicy(ClusterSettings cluster, PublicAccess access) => new()
    {
        Name = new ClusterNames(cluster.Name).Gateway,
        PodSelector = PublicGatewayPlan.PodLabels(cluster.Name),
        Rules =
        [
            new IngressRule
            {
                Why = "The HTTPS load balancer's proxies and health checks reach the gateway pods directly (container-native NEG).",
                From = [.. GoogleFrontEndRanges.Select(range => (PolicyPeer)new RangePeer(range))],
                Ports = [PublicGatewayPlan.Settings(cluster, access).ListenPort],
            },
            new IngressRule
            {
                Why = "The endpoint check proves the gateway and its token from inside the cluster before pulumi up outputs the URL.",
                From = [new PodPeer { PodLabels = EndpointCheckJob.PodLabels(cluster.Name) }],
                Ports = [PublicGatewayPlan.Settings(cluster, access).ListenPort],
            },
        ],
    };

    private static IngressRule ServeCallers(ClusterSettings cluster, NetworkSettings network) => cluster.Access switch
    {
        PrivateAccess access => new IngressRule
        {
            Why = "The internal load balancer's clients: the ranges its loadBalancerSourceRanges admit (externalTrafficPolicy Local keeps " +
                "their address), and the cluster's own pods, which are the pods range but which Dataplane V2 matches by identity, not by address.",
            From = [.. access.SourceRanges(network).Select(range => (PolicyPeer)new RangePeer(range)), new PodPeer { PodLabels = Everything, NamespaceLabels = Everything }],
            Ports = [ServeConfigRenderer.HttpPort],
        },
        PublicAccess => new IngressRule
        {
            Why = "Only the token gateway calls Serve: every public request has passed its token check.",
            From = [new PodPeer { PodLabels = PublicGatewayPlan.PodLabels(cluster.Name) }],
            Ports = [ServeConfigRenderer.HttpPort],
        },
        _ => throw new ArgumentOutOfRangeException(nameof(cluster), cluster.Access.Stamp, "Unknown access mode."),
    };

    private static IReadOnlyDictionary<string, string> Everything { get; } = new Dictionary<string, string>();

    /// <summary>The namespace selector of one namespace: Kubernetes labels every namespace with its name.</summary>
    private static IReadOnlyDictionary<string, string> NamespaceNamed(string name) =>
        new Dictionary<string, string> { ["kubernetes.io/metadata.name"] = name };
}
