using Pulumi;
using ServeInfra.Components.Cluster;
using ServeInfra.Components.Guard;
using ServeInfra.Core.Settings;
using K8s = Pulumi.Kubernetes;

namespace ServeInfra.Components.Cloud;

/// <summary>
/// The shared cloud several Ray Serve clusters run on: a VPC with a subnet and secondary ranges, Cloud NAT,
/// a private-node GKE cluster with a dedicated node pool, a Kubernetes provider for it, and the KubeRay operator with
/// its CRDs. Given an <see cref="Cloud.ExistingNetwork"/>, it puts the GKE cluster in that VPC and subnet and creates no
/// network, router or NAT of its own.
/// It never depends on a cluster's access mode, so access changes never touch it.
/// </summary>
public sealed partial class ServeCloud : ComponentResource
{
    /// <summary>The component's type token, stable across releases (renames go through aliases).</summary>
    public const string TypeToken = "serveinfra:cloud:ServeCloud";

    /// <summary>Creates the cloud and its children, all parented to it and named <c>{name}-role</c>.</summary>
    /// <exception cref="RunException">The settings, project or existing network's range names break a rule; every problem is listed and nothing is registered.</exception>
    public ServeCloud(string name, ServeCloudArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, SettingsGuard.Checked(nameof(ServeCloud), name, Problems(args)), options)
    {
        Settings = args.Settings;
        Project = args.Project;
        var network = UseOrCreateNetwork(name, args);
        var gke = CreateGke(name, args, network);
        Provider = CreateKubernetesProvider(name, gke);
        KubeRayCrds = CreateKubeRayCrds(name, args.Settings, gke);
        KubeRayOperator = CreateKubeRayOperator(name, args.Settings, gke, KubeRayCrds);

        NetworkId = network.NetworkId;
        SubnetworkId = network.SubnetworkId;
        ClusterName = gke.Cluster.Name;
        ClusterEndpoint = gke.Cluster.Endpoint;
        Kubeconfig = gke.Kubeconfig;
        NodeServiceAccount = gke.NodeServiceAccount.Email;
        Platform = new ClusterPlatform
        {
            Provider = Provider,
            Project = Project,
            Region = Settings.Region,
            SubnetworkId = SubnetworkId,
            Network = Settings.Network,
            KubeRayOperator = KubeRayOperator,
        };
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["networkId"] = NetworkId,
            ["subnetworkId"] = SubnetworkId,
            ["clusterName"] = ClusterName,
            ["clusterEndpoint"] = ClusterEndpoint,
            ["kubeconfig"] = Kubeconfig,
            ["nodeServiceAccount"] = NodeServiceAccount,
        });
    }

    // Before any child: GCP and GKE would refuse a bad value only once a create call reached them, mid-update.
    private static IEnumerable<object> Problems(ServeCloudArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        IEnumerable<object> settings = args.Settings?.Validate() ?? [new SettingsProblem("ServeCloudArgs.Settings", null, null, "is not set", "cloud settings", null)];
        var rangeNames = args.ExistingNetwork?.RangeNames.Validate().Select(problem => $"ServeCloudArgs.ExistingNetwork: {problem}") ?? [];
        return [.. GcpProject.Validate(args.Project, "ServeCloudArgs.Project"), .. settings, .. rangeNames];
    }

    /// <summary>What a <see cref="ServeCluster"/> on this cloud needs: <c>new ServeClusterArgs { Platform = cloud.Platform, ... }</c>.</summary>
    public ClusterPlatform Platform { get; }

    /// <summary>The settings the cloud was built from; clusters read the region and address plan from here.</summary>
    public CloudSettings Settings { get; }

    /// <summary>The GCP project of the cloud; clusters create their addresses in it.</summary>
    public string Project { get; }

    /// <summary>The Kubernetes provider for the GKE cluster; every cluster's Kubernetes objects use it.</summary>
    public K8s.Provider Provider { get; }

    /// <summary>The KubeRay operator release; RayServices depend on it (it depends on the CRDs, so they exist first).</summary>
    public Resource KubeRayOperator { get; }

    /// <summary>The CRDs of the pinned chart version, applied and upgraded with it.</summary>
    public Resource KubeRayCrds { get; }

    /// <summary>The VPC's id (or, with an existing network, what <see cref="Cloud.ExistingNetwork.Network"/> gave).</summary>
    [Output("networkId")]
    public Output<string> NetworkId { get; private set; }

    /// <summary>The subnet's id (or <see cref="Cloud.ExistingNetwork.Subnetwork"/>); internal endpoints reserve their addresses in it.</summary>
    [Output("subnetworkId")]
    public Output<string> SubnetworkId { get; private set; }

    /// <summary>The GKE cluster's name.</summary>
    [Output("clusterName")]
    public Output<string> ClusterName { get; private set; }

    /// <summary>The GKE control plane's public endpoint (restricted by the authorized networks).</summary>
    [Output("clusterEndpoint")]
    public Output<string> ClusterEndpoint { get; private set; }

    /// <summary>A kubeconfig for the cluster (a secret; it uses gke-gcloud-auth-plugin, no static credential).</summary>
    [Output("kubeconfig")]
    public Output<string> Kubeconfig { get; private set; }

    /// <summary>The email of the nodes' dedicated service account.</summary>
    [Output("nodeServiceAccount")]
    public Output<string> NodeServiceAccount { get; private set; }
}
