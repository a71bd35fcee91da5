namespace ServeInfra.Core.Settings;

/// <summary>Everything one stack deploys: a cloud and one Ray Serve cluster on it.</summary>
public sealed record StackSettings
{
    /// <summary>The GCP project id (<c>gcp:project</c>).</summary>
    public required string Project { get; init; }

    /// <summary>The cloud: network, GKE cluster, node pool, KubeRay operator.</summary>
    public required CloudSettings Cloud { get; init; }

    /// <summary>The Ray Serve cluster and its access endpoint.</summary>
    public required ClusterSettings Cluster { get; init; }

    /// <summary>
    /// Every problem with the project, the cloud and the cluster, one each naming the setting, its config key, the bad
    /// value and what is allowed; empty when the stack can be deployed. The config loader reports exactly these.
    /// </summary>
    public IReadOnlyList<SettingsProblem> Validate() =>
    [
        .. GcpProject.Validate(Project, "StackSettings.Project"),
        .. Cloud?.Validate() ?? [new SettingsProblem("StackSettings.Cloud", null, null, "is not set", "cloud settings", null)],
        .. Cluster?.Validate() ?? [new SettingsProblem("StackSettings.Cluster", null, null, "is not set", "cluster settings", null)],
    ];
}
