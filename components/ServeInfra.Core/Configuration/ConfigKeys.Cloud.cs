using ServeInfra.Core.Settings;

namespace ServeInfra.Core.Configuration;

public static partial class ConfigKeys
{
    /// <summary><c>region</c>.</summary>
    public static ConfigKey Region { get; } = new("region", ConfigType.String, ConfigDefault.Of(CloudSettings.DefaultRegion), "us-central1",
        "GCP region of the network, the regional GKE cluster and internal endpoints. Changing it replaces the cloud.");

    /// <summary><c>cloudName</c>.</summary>
    public static ConfigKey CloudName { get; } = new("cloudName", ConfigType.String, ConfigDefault.Of(""), "serve-dev",
        "Prefix of the cloud's resource names (VPC, GKE cluster, node service account); unique per GCP project. Empty: serve-<stack>. Changing it replaces the cloud.");

    /// <summary><c>subnetCidr</c>.</summary>
    public static ConfigKey SubnetCidr { get; } = new("subnetCidr", ConfigType.String, ConfigDefault.Of(NetworkSettings.DefaultSubnetCidr), "10.10.0.0/20",
        "Primary range of the subnet (nodes, internal endpoints). Changing it replaces the network and the GKE cluster.");

    /// <summary><c>podsCidr</c>.</summary>
    public static ConfigKey PodsCidr { get; } = new("podsCidr", ConfigType.String, ConfigDefault.Of(NetworkSettings.DefaultPodsCidr), "10.16.0.0/14",
        "Secondary range for pod IPs. Changing it replaces the GKE cluster.");

    /// <summary><c>servicesCidr</c>.</summary>
    public static ConfigKey ServicesCidr { get; } = new("servicesCidr", ConfigType.String, ConfigDefault.Of(NetworkSettings.DefaultServicesCidr), "10.20.0.0/20",
        "Secondary range for Kubernetes Services. Changing it replaces the GKE cluster.");

    /// <summary><c>masterCidr</c>.</summary>
    public static ConfigKey MasterCidr { get; } = new("masterCidr", ConfigType.String, ConfigDefault.Of(NetworkSettings.DefaultMasterCidr), "172.16.0.32/28",
        "The /28 of the GKE control plane's private endpoint. Changing it replaces the GKE cluster.");

    /// <summary><c>authorizedNetworks</c>.</summary>
    public static ConfigKey AuthorizedNetworks { get; } = new("authorizedNetworks", ConfigType.Array,
        ConfigDefault.List($"[\"{CloudSettings.DefaultAuthorizedNetwork}\"]"), "203.0.113.0/24",
        "CIDR ranges allowed to reach the GKE control plane (workstations, CI runners); at most 50. 0.0.0.0/0 is flagged in the preview.")
    {
        ItemType = ConfigType.String,
    };

    /// <summary><c>releaseChannel</c>.</summary>
    public static ConfigKey ReleaseChannel { get; } = new("releaseChannel", ConfigType.String, ConfigDefault.Of(ReleaseChannels.ToConfigValue(CloudSettings.DefaultReleaseChannel)), "REGULAR",
        "GKE release channel; GKE upgrades the control plane and nodes within it.")
    {
        Allowed = ReleaseChannels.Allowed,
    };

    /// <summary><c>maintenanceWindow</c>.</summary>
    public static ConfigKey MaintenanceWindow { get; } = new("maintenanceWindow", ConfigType.String, ConfigDefault.Of(Gke.MaintenanceWindow.DefaultText), "\"SA,SU 00:00-08:00\"",
        "When GKE may upgrade and repair the control plane and nodes: days (MO to SU, or DAILY) and a UTC time span; an end before the start crosses midnight. At least 4 hours a window and 12 a week (GKE needs 48 hours in any 32 days).");

    /// <summary><c>deletionProtection</c>.</summary>
    public static ConfigKey DeletionProtection { get; } = new("deletionProtection", ConfigType.Boolean, ConfigDefault.Of(true), "true",
        "Whether GKE refuses to delete the cluster. To destroy, set false and run pulumi up first.");

    /// <summary><c>nodeMachineType</c>.</summary>
    public static ConfigKey NodeMachineType { get; } = new("nodeMachineType", ConfigType.String, ConfigDefault.Of(NodePoolSettings.DefaultMachineType), "e2-standard-8",
        "Machine type of the Ray node pool. Changing it replaces the node pool.");

    /// <summary><c>nodeMinCount</c>.</summary>
    public static ConfigKey NodeMinCount { get; } = new("nodeMinCount", ConfigType.Integer, ConfigDefault.Of(NodePoolSettings.DefaultMinNodes), "1",
        "Fewest nodes per zone the node pool autoscaler keeps.")
    {
        Range = (0, 1000),
    };

    /// <summary><c>nodeMaxCount</c>.</summary>
    public static ConfigKey NodeMaxCount { get; } = new("nodeMaxCount", ConfigType.Integer, ConfigDefault.Of(NodePoolSettings.DefaultMaxNodes), "3",
        "Most nodes per zone the node pool autoscaler may add; at least nodeMinCount.")
    {
        Range = (1, 1000),
    };

    /// <summary><c>nodeDiskSizeGb</c>.</summary>
    public static ConfigKey NodeDiskSizeGb { get; } = new("nodeDiskSizeGb", ConfigType.Integer, ConfigDefault.Of(NodePoolSettings.DefaultDiskSizeGb), "100",
        "Boot disk of each node in GB; Ray images are several GB. Changing it replaces the node pool.")
    {
        Range = (50, 65536),
    };

    /// <summary><c>kuberayVersion</c>.</summary>
    public static ConfigKey KubeRayVersion { get; } = new("kuberayVersion", ConfigType.String, ConfigDefault.Of(CloudSettings.DefaultKubeRayVersion), "1.7.0",
        "Pinned version of the KubeRay operator Helm chart, an exact 1.5.1 to 1.7.x. Its CRDs are applied with it, so raising it upgrades them.");
}
