namespace ServeInfra.Core.Configuration;

/// <summary>
/// Every stack config key the program reads. <c>Pulumi.yaml</c> declares the same keys with the same types,
/// defaults and descriptions (a test keeps them equal), so <c>pulumi config</c> and errors agree.
/// </summary>
public static partial class ConfigKeys
{
    /// <summary>The GCP project (provider namespace, required).</summary>
    public const string GcpProject = "gcp:project";

    /// <summary>The command that sets <see cref="GcpProject"/>.</summary>
    public const string GcpProjectFix = "pulumi config set gcp:project <your-project-id>";

    /// <summary>Every key of the <c>serveinfra</c> namespace, in documentation order.</summary>
    public static IReadOnlyList<ConfigKey> All { get; } =
    [
        Region, CloudName, SubnetCidr, PodsCidr, ServicesCidr, MasterCidr, AuthorizedNetworks, ReleaseChannel,
        MaintenanceWindow, DeletionProtection, NodeMachineType, NodeMinCount, NodeMaxCount, NodeDiskSizeGb, KubeRayVersion,
        ClusterName, Access, RayVersion, RayImage, HeadCpu, HeadMemory, WorkerCpu, WorkerMemory, WorkerMinReplicas,
        WorkerMaxReplicas, Applications, ServeReadyTimeoutSeconds, EndpointCheck, PrivateSourceRanges, PrivateGlobalAccess, Domain,
        CertificateTimeoutSeconds, BackendTimeoutSeconds, GatewayReplicas, Tokens,
    ];
}
