using ServeInfra.Core.Networking;

namespace ServeInfra.Core.Settings;

/// <summary>The address plan of the cloud's VPC. Ranges must not overlap; changing any of them replaces the network and the GKE cluster.</summary>
public sealed record NetworkSettings
{
    /// <summary>The subnet's primary range: nodes and internal load balancer addresses.</summary>
    public required Ipv4Cidr SubnetCidr { get; init; }

    /// <summary>The secondary range for pod IPs (VPC-native cluster).</summary>
    public required Ipv4Cidr PodsCidr { get; init; }

    /// <summary>The secondary range for ClusterIP Services.</summary>
    public required Ipv4Cidr ServicesCidr { get; init; }

    /// <summary>The /28 the GKE control plane's private endpoint lives in.</summary>
    public required Ipv4Cidr MasterCidr { get; init; }

    /// <summary>
    /// The ranges clients inside the VPC come from: the subnet (VMs, nodes) and the pods. The Services range is
    /// virtual and never a source.
    /// </summary>
    public IReadOnlyList<Ipv4Cidr> ClientRanges => [SubnetCidr, PodsCidr];
}
