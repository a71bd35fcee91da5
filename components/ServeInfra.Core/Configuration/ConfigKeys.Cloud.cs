namespace ServeInfra.Core.Configuration;

public static partial class ConfigKeys
{
    /// <summary><c>region</c>.</summary>
    public static ConfigKey Region { get; } = new("region", ConfigType.String, "us-central1", "us-central1",
        "GCP region of the network, the regional GKE cluster and internal endpoints. Changing it replaces the cloud.");

    /// <summary><c>cloudName</c>.</summary>
    public static ConfigKey CloudName { get; } = new("cloudName", ConfigType.String, null, "serve-dev",
        "Prefix of the cloud's resource names (VPC, GKE cluster, node service account); unique per GCP project. Default: serve-<stack>. Changing it replaces the cloud.");

    /// <summary><c>subnetCidr</c>.</summary>
    public static ConfigKey SubnetCidr { get; } = new("subnetCidr", ConfigType.String, "10.10.0.0/20", "10.10.0.0/20",
        "Primary range of the subnet (nodes, internal endpoints). Changing it replaces the network and the GKE cluster.");

    /// <summary><c>podsCidr</c>.</summary>
    public static ConfigKey PodsCidr { get; } = new("podsCidr", ConfigType.String, "10.16.0.0/14", "10.16.0.0/14",
        "Secondary range for pod IPs. Changing it replaces the GKE cluster.");

    /// <summary><c>servicesCidr</c>.</summary>
    public static ConfigKey ServicesCidr { get; } = new("servicesCidr", ConfigType.String, "10.20.0.0/20", "10.20.0.0/20",
        "Secondary range for Kubernetes Services. Changing it replaces the GKE cluster.");

    /// <summary><c>masterCidr</c>.</summary>
    public static ConfigKey MasterCidr { get; } = new("masterCidr", ConfigType.String, "172.16.0.32/28", "172.16.0.32/28",
        "The /28 of the GKE control plane's private endpoint. Changing it replaces the GKE cluster.");

    /// <summary><c>authorizedNetworks</c>.</summary>
    public static ConfigKey AuthorizedNetworks { get; } = new("authorizedNetworks", ConfigType.Array, "[\"0.0.0.0/0\"]", "203.0.113.0/24",
        "CIDR ranges allowed to reach the GKE control plane (workstations, CI runners). 0.0.0.0/0 is flagged in the preview.");

    /// <summary><c>releaseChannel</c>.</summary>
    public static ConfigKey ReleaseChannel { get; } = new("releaseChannel", ConfigType.String, "REGULAR", "REGULAR",
        "GKE release channel: RAPID, REGULAR, STABLE or EXTENDED.");

    /// <summary><c>deletionProtection</c>.</summary>
    public static ConfigKey DeletionProtection { get; } = new("deletionProtection", ConfigType.Boolean, "true", "true",
        "Whether GKE refuses to delete the cluster. To destroy, set false and run pulumi up first.");

    /// <summary><c>nodeMachineType</c>.</summary>
    public static ConfigKey NodeMachineType { get; } = new("nodeMachineType", ConfigType.String, "e2-standard-8", "e2-standard-8",
        "Machine type of the Ray node pool. Changing it replaces the node pool.");

    /// <summary><c>nodeMinCount</c>.</summary>
    public static ConfigKey NodeMinCount { get; } = new("nodeMinCount", ConfigType.Integer, "1", "1",
        "Fewest nodes per zone the node pool autoscaler keeps (0 to 1000).");

    /// <summary><c>nodeMaxCount</c>.</summary>
    public static ConfigKey NodeMaxCount { get; } = new("nodeMaxCount", ConfigType.Integer, "3", "3",
        "Most nodes per zone the node pool autoscaler may add (1 to 1000, at least nodeMinCount).");

    /// <summary><c>nodeDiskSizeGb</c>.</summary>
    public static ConfigKey NodeDiskSizeGb { get; } = new("nodeDiskSizeGb", ConfigType.Integer, "100", "100",
        "Boot disk of each node in GB (50 to 65536); Ray images are several GB. Changing it replaces the node pool.");

    /// <summary><c>kuberayVersion</c>.</summary>
    public static ConfigKey KubeRayVersion { get; } = new("kuberayVersion", ConfigType.String, "1.7.0", "1.7.0",
        "Pinned version of the KubeRay operator Helm chart (1.x.y).");
}
