using Pulumi;
using ServeInfra.Core.Gke;
using Gcp = Pulumi.Gcp;

namespace ServeInfra.Components.Cloud;

public sealed partial class ServeCloud
{
    /// <summary>The secondary range names GKE's IP allocation policy refers to.</summary>
    internal const string PodsRangeName = "pods";

    /// <summary>The secondary range name of Services.</summary>
    internal const string ServicesRangeName = "services";

    private sealed record NetworkParts(Gcp.Compute.Network Network, Gcp.Compute.Subnetwork Subnetwork);

    private NetworkParts CreateNetwork(string name, ServeCloudArgs args)
    {
        var settings = args.Settings;
        var options = new CustomResourceOptions { Parent = this };
        // GKE releases the VPC and subnet only once its controllers have deleted their load balancers and NEGs.
        var released = new CustomResourceOptions { Parent = this, CustomTimeouts = new CustomTimeouts { Delete = DeleteTimeouts.AsyncCleanup } };
        var network = new Gcp.Compute.Network($"{name}-vpc", new Gcp.Compute.NetworkArgs
        {
            Project = args.Project,
            // Custom mode: no auto-created subnets in every region with ranges nobody chose.
            AutoCreateSubnetworks = false,
            Description = $"ServeInfra cloud {settings.Name}",
        }, released);

        var subnetwork = new Gcp.Compute.Subnetwork($"{name}-subnet", new Gcp.Compute.SubnetworkArgs
        {
            Project = args.Project,
            Region = settings.Region,
            Network = network.Id,
            IpCidrRange = settings.Network.SubnetCidr.ToString(),
            // Private nodes reach Google APIs (Artifact Registry, logging) without external addresses.
            PrivateIpGoogleAccess = true,
            SecondaryIpRanges =
            {
                new Gcp.Compute.Inputs.SubnetworkSecondaryIpRangeArgs { RangeName = PodsRangeName, IpCidrRange = settings.Network.PodsCidr.ToString() },
                new Gcp.Compute.Inputs.SubnetworkSecondaryIpRangeArgs { RangeName = ServicesRangeName, IpCidrRange = settings.Network.ServicesCidr.ToString() },
            },
        }, released);

        var router = new Gcp.Compute.Router($"{name}-router", new Gcp.Compute.RouterArgs
        {
            Project = args.Project,
            Region = settings.Region,
            Network = network.Id,
        }, options);

        // Private nodes have no external address: NAT is how they pull images and pip packages.
        _ = new Gcp.Compute.RouterNat($"{name}-nat", new Gcp.Compute.RouterNatArgs
        {
            Project = args.Project,
            Region = settings.Region,
            Router = router.Name,
            NatIpAllocateOption = "AUTO_ONLY",
            SourceSubnetworkIpRangesToNat = "ALL_SUBNETWORKS_ALL_IP_RANGES",
            LogConfig = new Gcp.Compute.Inputs.RouterNatLogConfigArgs { Enable = true, Filter = "ERRORS_ONLY" },
        }, options);

        return new NetworkParts(network, subnetwork);
    }
}
