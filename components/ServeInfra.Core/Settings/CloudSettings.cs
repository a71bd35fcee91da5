using ServeInfra.Core.Networking;

namespace ServeInfra.Core.Settings;

/// <summary>
/// The shared infrastructure several Ray Serve clusters run on. Nothing here depends on any cluster's access
/// mode, so an access change never touches it.
/// </summary>
public sealed record CloudSettings
{
    /// <summary>Prefix of every cloud resource's name (GKE cluster, VPC, router). Changing it replaces the whole cloud.</summary>
    public required string Name { get; init; }

    /// <summary>The GCP region of the subnet, the GKE cluster (regional) and internal endpoints. Changing it replaces the cloud.</summary>
    public required string Region { get; init; }

    /// <summary>The subnet and its secondary ranges, and the control plane's range.</summary>
    public required NetworkSettings Network { get; init; }

    /// <summary>
    /// Who may reach the GKE control plane (<c>pulumi up</c> from workstations and CI). 0.0.0.0/0 works everywhere
    /// and is flagged in the preview.
    /// </summary>
    public required IReadOnlyList<Ipv4Cidr> AuthorizedNetworks { get; init; }

    /// <summary>The GKE release channel; GKE upgrades the control plane and nodes within it.</summary>
    public required ReleaseChannel ReleaseChannel { get; init; }

    /// <summary>Whether GKE refuses to delete the cluster. A destroy needs it turned off (and applied) first.</summary>
    public required bool DeletionProtection { get; init; }

    /// <summary>The node pool Ray runs on.</summary>
    public required NodePoolSettings NodePool { get; init; }

    /// <summary>The pinned version of the KubeRay operator Helm chart; its CRDs are applied with it.</summary>
    public required string KubeRayVersion { get; init; }

    /// <summary>When GKE may upgrade and repair the control plane and nodes. Default: weekends, 00:00 to 08:00 UTC.</summary>
    public Gke.MaintenanceWindow MaintenanceWindow { get; init; } = Gke.MaintenanceWindow.Default;
}
