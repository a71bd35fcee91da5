using Pulumi;
using ServeInfra.Core.Gke;
using ServeInfra.Core.Networking;
using Gcp = Pulumi.Gcp;

namespace ServeInfra.Components.Cloud;

public sealed partial class ServeCloud
{
    /// <summary>What the GKE cluster is put in: the VPC, the subnet and the names of its secondary ranges.</summary>
    private sealed record NetworkParts(Output<string> NetworkId, Output<string> SubnetworkId, SecondaryRangeNames RangeNames);

    /// <summary>
    /// An existing network is used as it is: no VPC, subnet, router or NAT. Egress stays with the network's owner, as
    /// terraform-google-kubernetes-engine's <c>safer-cluster</c> leaves it; a NAT made here could not coexist with the
    /// owner's (a <c>RouterNat</c> for all subnet ranges must be the only NAT of its network and region, Compute API
    /// <c>RouterNat.sourceSubnetworkIpRangesToNat</c>), would translate other teams' subnets too, and in a Shared VPC
    /// belongs to the host project, which a service project's stack does not manage.
    /// </summary>
    private NetworkParts UseOrCreateNetwork(string name, ServeCloudArgs args) =>
        args.ExistingNetwork is { } existing
            ? new NetworkParts(existing.Network.ToOutput(), existing.Subnetwork.ToOutput(), existing.RangeNames)
            : CreateNetwork(name, args);

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
                new Gcp.Compute.Inputs.SubnetworkSecondaryIpRangeArgs { RangeName = SecondaryRangeNames.Own.Pods, IpCidrRange = settings.Network.PodsCidr.ToString() },
                new Gcp.Compute.Inputs.SubnetworkSecondaryIpRangeArgs { RangeName = SecondaryRangeNames.Own.Services, IpCidrRange = settings.Network.ServicesCidr.ToString() },
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

        return new NetworkParts(network.Id, subnetwork.Id, SecondaryRangeNames.Own);
    }
}
