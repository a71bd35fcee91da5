using Pulumi;
using ServeInfra.Core.Settings;

namespace ServeInfra.Components.Cluster;

/// <summary>
/// What a <see cref="ServeCluster"/> needs from the GKE cluster it runs on: a <see cref="Cloud.ServeCloud"/> gives it
/// (<see cref="Cloud.ServeCloud.Platform"/>), and a stack whose GKE cluster was made elsewhere fills it in itself.
/// </summary>
public sealed record ClusterPlatform
{
    /// <summary>The Kubernetes provider of the GKE cluster; every Kubernetes object of the cluster goes through it.</summary>
    public required ProviderResource Provider { get; init; }

    /// <summary>The GCP project of the cluster's addresses and TLS policy.</summary>
    public required string Project { get; init; }

    /// <summary>The region of the GKE cluster and its subnet: a private endpoint's address is reserved there.</summary>
    public required string Region { get; init; }

    /// <summary>The subnet (its id or self link) the private endpoint's internal address is reserved in.</summary>
    public required Input<string> SubnetworkId { get; init; }

    /// <summary>The subnet's ranges: a private endpoint admits clients from the subnet and pod ranges.</summary>
    public required NetworkSettings Network { get; init; }

    /// <summary>
    /// The KubeRay operator (its Helm release), when the stack installs it: the RayService waits for it. Null where
    /// the operator is already there.
    /// </summary>
    public Resource? KubeRayOperator { get; init; }
}
