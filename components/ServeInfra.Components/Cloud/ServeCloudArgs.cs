using ServeInfra.Core.Settings;

namespace ServeInfra.Components.Cloud;

/// <summary>
/// Inputs of <see cref="ServeCloud"/>: plain settings records. The cloud checks them (<see cref="CloudSettings.Validate"/>,
/// the project id and <see cref="ExistingNetwork"/>'s range names) before it registers anything.
/// </summary>
public sealed class ServeCloudArgs
{
    /// <summary>The GCP project everything is created in; also names the Workload Identity pool.</summary>
    public required string Project { get; init; }

    /// <summary>
    /// The network, GKE, node pool and operator settings. Nothing in them depends on any cluster's access mode. With an
    /// <see cref="ExistingNetwork"/>, <see cref="CloudSettings.Network"/> must state that subnet's actual ranges.
    /// </summary>
    public required CloudSettings Settings { get; init; }

    /// <summary>
    /// A VPC and subnet made elsewhere, to put the GKE cluster in. Default null: the cloud creates its own VPC, subnet
    /// (with <see cref="CloudSettings.Network"/>'s ranges), Cloud Router and Cloud NAT. Set, it creates none of them, and
    /// the network's owner provides the nodes' egress (see <see cref="Cloud.ExistingNetwork"/>). Switching between the two
    /// on a live stack replaces the GKE cluster.
    /// </summary>
    public ExistingNetwork? ExistingNetwork { get; init; }
}
