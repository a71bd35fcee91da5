using Pulumi;
using Gcp = Pulumi.Gcp;

namespace ServeInfra.Components.Cloud;

public sealed partial class ServeCloud
{
    private Gcp.Container.NodePool CreateNodePool(
        string name, ServeCloudArgs args, Gcp.Container.Cluster cluster, Gcp.ServiceAccount.Account nodeAccount, List<Resource> grants)
    {
        var settings = args.Settings;
        return new Gcp.Container.NodePool($"{name}-ray", new Gcp.Container.NodePoolArgs
        {
            Project = args.Project,
            Location = settings.Region,
            Cluster = cluster.Name,
            // Starts at its minimum so the operator and the Ray head schedule at once, not after an autoscaler scale-up.
            InitialNodeCount = settings.NodePool.InitialNodesPerZone,
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
                OauthScopes = { CloudPlatformScope },
                WorkloadMetadataConfig = new Gcp.Container.Inputs.NodePoolNodeConfigWorkloadMetadataConfigArgs { Mode = "GKE_METADATA" },
                ShieldedInstanceConfig = new Gcp.Container.Inputs.NodePoolNodeConfigShieldedInstanceConfigArgs
                {
                    EnableSecureBoot = true,
                    EnableIntegrityMonitoring = true,
                },
            },
        }, new CustomResourceOptions
        {
            Parent = this,
            DependsOn = grants,
            // Read only at creation and forces replacement when changed (NodePool.InitialNodeCount): the autoscaler owns the size afterwards.
            IgnoreChanges = { "initialNodeCount" },
        });
    }
}
