using ServeInfra.Core.Access;
using ServeInfra.Core.Checks;
using ServeInfra.Core.Isolation;
using ServeInfra.Core.Networking;
using ServeInfra.Core.Ray;

namespace ServeInfra.Core.Tests.Isolation;

/// <summary>
/// The callers and targets the isolation tests probe, for a cluster named <c>serve</c> in namespace <c>ray-serve</c>
/// (subnet 10.10.0.0/20, pods 10.16.0.0/14: the defaults).
/// </summary>
internal static class Callers
{
    public const string Cluster = "serve";

    /// <summary>The TCP ports probed: Serve, dashboard, GCS, client, dashboard agent, gateway/metrics, an arbitrary worker port.</summary>
    public static readonly int[] Ports = [8000, 8265, 6379, 10001, 52365, 8080, 12345];

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Targets { get; } = new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        ["head"] = RayPod(Cluster, "head"),
        ["worker"] = RayPod(Cluster, "worker"),
        ["gateway"] = PublicGatewayPlan.PodLabels(Cluster),
    };

    public static IReadOnlyDictionary<string, Caller> All { get; } = new Dictionary<string, Caller>
    {
        ["ray worker of this cluster"] = Pod(RayPod(Cluster, "worker"), "ray-serve"),
        ["kuberay operator"] = Pod(KubeRayOperator.PodLabels, KubeRayOperator.Namespace),
        ["other pod in kuberay-system"] = Pod(Labels(("app", "debug")), KubeRayOperator.Namespace),
        ["gateway of this cluster"] = Pod(PublicGatewayPlan.PodLabels(Cluster), "ray-serve"),
        ["endpoint check of this cluster"] = Pod(EndpointCheckJob.PodLabels(Cluster), "ray-serve"),
        ["endpoint check of cluster other"] = Pod(EndpointCheckJob.PodLabels("other"), "ray-other"),
        ["gateway of cluster other"] = Pod(PublicGatewayPlan.PodLabels("other"), "ray-other"),
        ["ray worker of cluster other"] = Pod(RayPod("other", "worker"), "ray-other"),
        ["pod in namespace default"] = Pod(Labels(("app", "web")), "default"),
        ["VM in the subnet"] = Address("10.10.3.7/32"),
        ["client in privateSourceRanges"] = Address("192.168.10.5/32"),
        ["other VPC address"] = Address("10.200.0.1/32"),
        ["Google health checker"] = Address("35.191.4.4/32"),
        ["Google front end"] = Address("130.211.1.9/32"),
        ["internet"] = Address("203.0.113.9/32"),
    };

    private static IReadOnlyDictionary<string, string> RayPod(string cluster, string nodeType) =>
        new Dictionary<string, string>(RayServiceSpec.RayPodLabels(cluster)) { [RayServiceSpec.NodeTypeLabel] = nodeType, ["ray.io/cluster"] = $"{cluster}-a1b2c" };

    private static PodCaller Pod(IReadOnlyDictionary<string, string> labels, string ns) => new()
    {
        PodLabels = labels,
        NamespaceLabels = Labels(("kubernetes.io/metadata.name", ns)),
        InPolicyNamespace = ns == $"ray-{Cluster}",
    };

    private static AddressCaller Address(string cidr) => new(Ipv4Cidr.Parse(cidr));

    private static Dictionary<string, string> Labels(params (string Key, string Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);
}
