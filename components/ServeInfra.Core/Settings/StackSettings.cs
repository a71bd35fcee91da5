namespace ServeInfra.Core.Settings;

/// <summary>Everything one stack deploys: a cloud and one Ray Serve cluster on it. Built only by validation.</summary>
public sealed record StackSettings
{
    /// <summary>The GCP project id (<c>gcp:project</c>).</summary>
    public required string Project { get; init; }

    /// <summary>The cloud: network, GKE cluster, node pool, KubeRay operator.</summary>
    public required CloudSettings Cloud { get; init; }

    /// <summary>The Ray Serve cluster and its access endpoint.</summary>
    public required ClusterSettings Cluster { get; init; }
}
