using ServeInfra.Core.Networking;

namespace ServeInfra.Core.Settings;

/// <summary>
/// The shared infrastructure several Ray Serve clusters run on. Nothing here depends on any cluster's access
/// mode, so an access change never touches it.
/// </summary>
public sealed partial record CloudSettings
{
    /// <summary>Default of <see cref="Region"/>.</summary>
    public const string DefaultRegion = "us-central1";

    /// <summary>Default of <see cref="AuthorizedNetworks"/>: anywhere (flagged in the preview).</summary>
    public const string DefaultAuthorizedNetwork = "0.0.0.0/0";

    /// <summary>Default of <see cref="KubeRayVersion"/>.</summary>
    public const string DefaultKubeRayVersion = "1.7.0";

    /// <summary>Prefix of every cloud resource's name (GKE cluster, VPC, router). Changing it replaces the whole cloud.</summary>
    public required string Name { get; init; }

    /// <summary>The GCP region of the subnet, the GKE cluster (regional) and internal endpoints. Changing it replaces the cloud.</summary>
    public string Region { get; init; } = DefaultRegion;

    /// <summary>The subnet and its secondary ranges, and the control plane's range.</summary>
    public NetworkSettings Network { get; init; } = new();

    /// <summary>
    /// Who may reach the GKE control plane (<c>pulumi up</c> from workstations and CI). 0.0.0.0/0 works everywhere
    /// and is flagged in the preview.
    /// </summary>
    public IReadOnlyList<Ipv4Cidr> AuthorizedNetworks { get; init; } = [Ipv4Cidr.Parse(DefaultAuthorizedNetwork)];

    /// <summary>Default of <see cref="ReleaseChannel"/>.</summary>
    public const ReleaseChannel DefaultReleaseChannel = ReleaseChannel.Regular;

    /// <summary>The GKE release channel; GKE upgrades the control plane and nodes within it.</summary>
    public ReleaseChannel ReleaseChannel { get; init; } = DefaultReleaseChannel;

    /// <summary>Whether GKE refuses to delete the cluster. A destroy needs it turned off (and applied) first.</summary>
    public bool DeletionProtection { get; init; } = true;

    /// <summary>The node pool Ray runs on.</summary>
    public NodePoolSettings NodePool { get; init; } = new();

    /// <summary>The pinned version of the KubeRay operator Helm chart; its CRDs are applied with it.</summary>
    public string KubeRayVersion { get; init; } = DefaultKubeRayVersion;

    /// <summary>When GKE may upgrade and repair the control plane and nodes. Default: weekends, 00:00 to 08:00 UTC.</summary>
    public Gke.MaintenanceWindow MaintenanceWindow { get; init; } = Gke.MaintenanceWindow.Default;
}
