namespace ServeInfra.Core.Naming;

/// <summary>
/// The Kubernetes names of one Ray Serve cluster's objects. They live in the cluster's own namespace, so two
/// clusters on one cloud never share an object, and they are fixed (not autonamed) so that operators can find
/// them with kubectl. The gateway's ConfigMap and Secret are the exception: they are autonamed, so that a
/// new config or token set is a new object and its new name rolls the gateway.
/// </summary>
/// <param name="Cluster">The cluster's name (validated by <see cref="NameRules.IsDnsLabel"/>).</param>
public sealed record ClusterNames(string Cluster)
{
    /// <summary>The namespace everything of this cluster lives in.</summary>
    public string Namespace => $"ray-{Cluster}";

    /// <summary>The RayService; KubeRay names the Ray cluster and its pods after it.</summary>
    public string RayService => Cluster;

    /// <summary>
    /// KubeRay's serve Service (<c>&lt;rayservice&gt;-serve-svc</c>: ray-project/kuberay v1.7.0
    /// <c>utils.GenerateServeServiceName</c>). KubeRay points it at the active Ray cluster only, and switches it only
    /// once every application of a new cluster runs; the gateway forwards to it, and a private cluster exposes it.
    /// </summary>
    public string ServeService => RayService + ServeServiceSuffix;

    /// <summary>How KubeRay ends a serve Service's name, whatever the RayService.</summary>
    public const string ServeServiceSuffix = "-serve-svc";

    /// <summary>Whether <paramref name="serviceName"/> is a RayService's serve Service.</summary>
    public static bool IsServeService(string? serviceName) => serviceName?.EndsWith(ServeServiceSuffix, StringComparison.Ordinal) == true;

    /// <summary>The in-cluster check that proves the endpoint before <c>pulumi up</c> hands out its URL.</summary>
    public string Check => $"{Cluster}-check";

    /// <summary>The token gateway's Deployment, Service, PodDisruptionBudget, NetworkPolicy and BackendConfig.</summary>
    public string Gateway => $"{Cluster}-gateway";

    /// <summary>The Ingress, its ManagedCertificate and FrontendConfig.</summary>
    public string Ingress => Cluster;

    /// <summary>
    /// The NetworkPolicy on the Ray pods. One name for both access modes: an access change updates its rules in place.
    /// </summary>
    public string RayPolicy => $"{Cluster}-ray";

    /// <summary>The PodDisruptionBudget of the Ray head.</summary>
    public string HeadBudget => $"{Cluster}-ray-head";

    /// <summary>The PodDisruptionBudget of the Ray workers.</summary>
    public string WorkerBudget => $"{Cluster}-ray-workers";

    /// <summary>The in-cluster DNS name of KubeRay's serve Service, the gateway's upstream.</summary>
    public string ServeServiceHost => $"{ServeService}.{Namespace}.svc.cluster.local";
}
