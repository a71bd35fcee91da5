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

    /// <summary>The ClusterIP Service in front of Serve's HTTP port, which the gateway forwards to.</summary>
    public string ServeService => $"{Cluster}-serve";

    /// <summary>The internal LoadBalancer Service of a private cluster.</summary>
    public string InternalService => $"{Cluster}-internal";

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

    /// <summary>The in-cluster DNS name of the Serve Service.</summary>
    public string ServeServiceHost => $"{ServeService}.{Namespace}.svc.cluster.local";
}
