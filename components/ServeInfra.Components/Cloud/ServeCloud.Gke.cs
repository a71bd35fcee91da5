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

    // The scope GKE recommends with a dedicated service account: access is limited by the account's IAM roles, not by scopes.
    private const string CloudPlatformScope = "https://www.googleapis.com/auth/cloud-platform";

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
            Network = network.NetworkId,
            Subnetwork = network.SubnetworkId,
            // GKE needs a default pool at creation; it is removed at once. Until then its node runs as the dedicated account
            // too (not the Compute Engine default account, Editor on the project, which organisations often disable).
            RemoveDefaultNodePool = true,
            InitialNodeCount = 1,
            NodeConfig = new Gcp.Container.Inputs.ClusterNodeConfigArgs
            {
                ServiceAccount = nodeAccount.Email,
                OauthScopes = { CloudPlatformScope },
                WorkloadMetadataConfig = new Gcp.Container.Inputs.ClusterNodeConfigWorkloadMetadataConfigArgs { Mode = "GKE_METADATA" },
                ShieldedInstanceConfig = new Gcp.Container.Inputs.ClusterNodeConfigShieldedInstanceConfigArgs { EnableSecureBoot = true, EnableIntegrityMonitoring = true },
            },
            // Upgrades and repairs (those that respect maintenance policies) happen in this weekly window only.
            MaintenancePolicy = new Gcp.Container.Inputs.ClusterMaintenancePolicyArgs
            {
                RecurringWindow = new Gcp.Container.Inputs.ClusterMaintenancePolicyRecurringWindowArgs
                {
                    StartTime = settings.MaintenanceWindow.StartTime,
                    EndTime = settings.MaintenanceWindow.EndTime,
                    Recurrence = settings.MaintenanceWindow.Recurrence,
                },
            },
            DeletionProtection = settings.DeletionProtection,
            ReleaseChannel = new Gcp.Container.Inputs.ClusterReleaseChannelArgs { Channel = ReleaseChannels.ToConfigValue(settings.ReleaseChannel) },
            IpAllocationPolicy = new Gcp.Container.Inputs.ClusterIpAllocationPolicyArgs
            {
                ClusterSecondaryRangeName = network.RangeNames.Pods,
                ServicesSecondaryRangeName = network.RangeNames.Services,
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
        }, new CustomResourceOptions
        {
            Parent = this,
            // nodeConfig only shapes the default pool, gone after creation; GKE then reports the first remaining pool's config
            // there, and its service account and scopes force replacement (terraform-provider-google node_config.go). Never diff it.
            IgnoreChanges = { "nodeConfig" },
            DependsOn = grants,
        });

        var nodePool = CreateNodePool(name, args, cluster, nodeAccount, grants);

        var kubeconfig = Output.Tuple(cluster.Name, cluster.Endpoint, cluster.MasterAuth.Apply(auth => auth.ClusterCaCertificate ?? ""))
            .Apply(parts => KubeconfigRenderer.Render(parts.Item1, parts.Item2, parts.Item3));
        return new GkeParts(cluster, nodePool, nodeAccount, Output.CreateSecret(kubeconfig));
    }
}
