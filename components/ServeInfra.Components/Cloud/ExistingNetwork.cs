using Pulumi;
using ServeInfra.Core.Networking;

namespace ServeInfra.Components.Cloud;

/// <summary>
/// A VPC and subnet made elsewhere (by a network team, another stack, a Shared VPC host) that a <see cref="ServeCloud"/>
/// puts its GKE cluster in instead of creating its own, as terraform-google-kubernetes-engine's <c>safer-cluster</c>
/// takes network inputs. The cloud then creates no VPC, subnet, Cloud Router or Cloud NAT: the network, its firewall and
/// its egress stay with whoever owns it. What the subnet must already have:
/// <list type="bullet">
/// <item>It is in <see cref="Core.Settings.CloudSettings.Region"/> (the GKE cluster is regional, internal endpoints reserve their addresses there).</item>
/// <item>Two secondary ranges, named by <see cref="RangeNames"/>: one for pods, one for Services.</item>
/// <item>Egress for nodes without external addresses, usually a Cloud NAT covering the subnet's primary and pods ranges:
/// nodes pull Ray's image from Docker Hub and Ray installs pip packages at run time. Without it the RayService never becomes Ready.</item>
/// <item>Private Google Access, so that nodes reach Artifact Registry, logging and monitoring.</item>
/// <item>In a Shared VPC, the host project's grants to this project's GKE service agents (GKE's Shared VPC setup): ServeCloud grants nothing there.</item>
/// </list>
/// <see cref="Core.Settings.CloudSettings.Network"/> must then state the subnet's actual ranges: its primary range as
/// <c>SubnetCidr</c>, the pods range as <c>PodsCidr</c>, the Services range as <c>ServicesCidr</c>. Private endpoints admit
/// clients, and the Ray pods' NetworkPolicy callers, from those ranges, and nothing reads them back from GCP.
/// <c>MasterCidr</c> must be a /28 that overlaps nothing in the network.
/// </summary>
public sealed record ExistingNetwork
{
    /// <summary>
    /// The VPC: its id (<c>projects/&lt;project&gt;/global/networks/&lt;name&gt;</c>) or self link; for a Shared VPC, the
    /// host project's self link. Changing it replaces the GKE cluster.
    /// </summary>
    public required Input<string> Network { get; init; }

    /// <summary>
    /// The subnet, in the same VPC: its id (<c>projects/&lt;project&gt;/regions/&lt;region&gt;/subnetworks/&lt;name&gt;</c>)
    /// or self link. Nodes and internal endpoints take their addresses from it. Changing it replaces the GKE cluster.
    /// </summary>
    public required Input<string> Subnetwork { get; init; }

    /// <summary>
    /// The names of the subnet's secondary ranges for pods and for Services, exactly as the subnet names them
    /// (checked by <see cref="SecondaryRangeNames.Validate"/> before anything is created). Changing them replaces the GKE cluster.
    /// </summary>
    public required SecondaryRangeNames RangeNames { get; init; }
}
