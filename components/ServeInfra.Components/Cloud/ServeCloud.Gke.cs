using Pulumi;
using ServeInfra.Core.Naming;
using ServeInfra.Core.Settings;
using Gcp = Pulumi.Gcp;
using KubeconfigRenderer = ServeInfra.Core.Gke.Kubeconfig;

namespace ServeInfra.Components.Cloud;

public sealed partial class ServeCloud
{
    // What a node needs and nothing more (the default compute service account has Editor on the project).
    private static readonly string[] NodeRoles =
    [
        "roles/logging.logWriter",
        "roles/monitoring.metricWriter",
        "roles/monitoring.viewer",
        "roles/stackdriver.resourceMetadata.writer",
        "roles/artifactregistry.reader",
    ];

    private sealed record GkeParts(Gcp.Container.Cluster Cluster, Gcp.Container.NodePool NodePool, Gcp.ServiceAccount.Account NodeServiceAccount, Output<string> Kubeconfig);

    private GkeParts CreateGke(string name, ServeCloudArgs args, NetworkParts network)
    {
        var settings = args.Settings;
        var options = new CustomResourceOptions { Parent = this };
        var nodeAccount = new Gcp.ServiceAccount.Account($"{name}-nodes", new Gcp.ServiceAccount.AccountArgs
        {
            Project = args.Project,
            AccountId = NameRules.NodeServiceAccountId(settings.Name),
            DisplayName = $"ServeInfra {settings.Name} GKE nodes",
        }, options);

        var grants = NodeRoles.Select(role => (Resource)new Gcp.Projects.IAMMember($"{name}-nodes-{role.Split('/')[1].Replace('.', '-')}", new Gcp.Projects.IAMMemberArgs
        {
            Project = args.Project,
            Role = role,
            Member = nodeAccount.Email.Apply(email => $"serviceAccount:{email}"),
        }, options)).ToList();

        var cluster = new Gcp.Container.Cluster($"{name}-gke", new Gcp.Container.ClusterArgs
        {
            Project = args.Project,
            // Regional: the control plane and nodes survive a zone outage.
            Location = settings.Region,
            Network = network.Network.Id,
            Subnetwork = network.Subnetwork.Id,
            // The default pool cannot be configured like ours; GKE needs one at creation, so it is removed at once.
            RemoveDefaultNodePool = true,
            InitialNodeCount = 1,
            DeletionProtection = settings.DeletionProtection,
            ReleaseChannel = new Gcp.Container.Inputs.ClusterReleaseChannelArgs { Channel = ReleaseChannels.ToConfigValue(settings.ReleaseChannel) },
            IpAllocationPolicy = new Gcp.Container.Inputs.ClusterIpAllocationPolicyArgs
            {
                ClusterSecondaryRangeName = PodsRangeName,
                ServicesSecondaryRangeName = ServicesRangeName,
            },
            // Nodes get no external address; the control plane keeps a public endpoint, limited to the authorized networks, so pulumi up works from outside the VPC.
            PrivateClusterConfig = new Gcp.Container.Inputs.ClusterPrivateClusterConfigArgs
            {
                EnablePrivateNodes = true,
                EnablePrivateEndpoint = false,
                MasterIpv4CidrBlock = settings.Network.MasterCidr.ToString(),
            },
            MasterAuthorizedNetworksConfig = new Gcp.Container.Inputs.ClusterMasterAuthorizedNetworksConfigArgs
            {
                CidrBlocks = settings.AuthorizedNetworks
                    .Select(range => new Gcp.Container.Inputs.ClusterMasterAuthorizedNetworksConfigCidrBlockArgs { CidrBlock = range.ToString(), DisplayName = $"serveinfra {range}" })
                    .ToList(),
            },
            // Pods get Google credentials through their Kubernetes service account, never the node's.
            WorkloadIdentityConfig = new Gcp.Container.Inputs.ClusterWorkloadIdentityConfigArgs { WorkloadPool = $"{args.Project}.svc.id.goog" },
            // Secure Boot and integrity monitoring: nodes prove what they booted.
            EnableShieldedNodes = true,
            // Dataplane V2 enforces NetworkPolicy (the public endpoint relies on it) without a Calico add-on.
            DatapathProvider = "ADVANCED_DATAPATH",
            // Internal LoadBalancer Services use GCE_VM_IP NEGs and honour the address annotation; explicit because it cannot be turned off later.
            EnableL4IlbSubsetting = true,
            AddonsConfig = new Gcp.Container.Inputs.ClusterAddonsConfigArgs
            {
                // GKE Ingress (the public endpoint) needs the HTTP load balancing add-on.
                HttpLoadBalancing = new Gcp.Container.Inputs.ClusterAddonsConfigHttpLoadBalancingArgs { Disabled = false },
            },
        }, options);

        var nodePool = new Gcp.Container.NodePool($"{name}-ray", new Gcp.Container.NodePoolArgs
        {
            Project = args.Project,
            Location = settings.Region,
            Cluster = cluster.Name,
            Autoscaling = new Gcp.Container.Inputs.NodePoolAutoscalingArgs
            {
                MinNodeCount = settings.NodePool.MinNodes,
                MaxNodeCount = settings.NodePool.MaxNodes,
            },
            Management = new Gcp.Container.Inputs.NodePoolManagementArgs { AutoRepair = true, AutoUpgrade = true },
            NodeConfig = new Gcp.Container.Inputs.NodePoolNodeConfigArgs
            {
                MachineType = settings.NodePool.MachineType,
                DiskSizeGb = settings.NodePool.DiskSizeGb,
                DiskType = "pd-balanced",
                ServiceAccount = nodeAccount.Email,
                OauthScopes = { "https://www.googleapis.com/auth/cloud-platform" },
                WorkloadMetadataConfig = new Gcp.Container.Inputs.NodePoolNodeConfigWorkloadMetadataConfigArgs { Mode = "GKE_METADATA" },
                ShieldedInstanceConfig = new Gcp.Container.Inputs.NodePoolNodeConfigShieldedInstanceConfigArgs
                {
                    EnableSecureBoot = true,
                    EnableIntegrityMonitoring = true,
                },
            },
        }, new CustomResourceOptions { Parent = this, DependsOn = grants });

        var kubeconfig = Output.Tuple(cluster.Name, cluster.Endpoint, cluster.MasterAuth.Apply(auth => auth.ClusterCaCertificate ?? ""))
            .Apply(parts => KubeconfigRenderer.Render(parts.Item1, parts.Item2, parts.Item3));
        return new GkeParts(cluster, nodePool, nodeAccount, Output.CreateSecret(kubeconfig));
    }
}
