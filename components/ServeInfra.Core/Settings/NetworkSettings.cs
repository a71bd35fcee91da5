using ServeInfra.Core.Networking;

namespace ServeInfra.Core.Settings;

/// <summary>The address plan of the cloud's VPC. Ranges must not overlap; changing any of them replaces the network and the GKE cluster.</summary>
public sealed partial record NetworkSettings
{
    /// <summary>Default of <see cref="SubnetCidr"/>.</summary>
    public const string DefaultSubnetCidr = "10.10.0.0/20";

    /// <summary>Default of <see cref="PodsCidr"/>.</summary>
    public const string DefaultPodsCidr = "10.16.0.0/14";

    /// <summary>Default of <see cref="ServicesCidr"/>.</summary>
    public const string DefaultServicesCidr = "10.20.0.0/20";

    /// <summary>Default of <see cref="MasterCidr"/>.</summary>
    public const string DefaultMasterCidr = "172.16.0.32/28";

    /// <summary>The subnet's primary range: nodes and internal load balancer addresses.</summary>
    public Ipv4Cidr SubnetCidr { get; init; } = Ipv4Cidr.Parse(DefaultSubnetCidr);

    /// <summary>The secondary range for pod IPs (VPC-native cluster).</summary>
    public Ipv4Cidr PodsCidr { get; init; } = Ipv4Cidr.Parse(DefaultPodsCidr);

    /// <summary>The secondary range for ClusterIP Services.</summary>
    public Ipv4Cidr ServicesCidr { get; init; } = Ipv4Cidr.Parse(DefaultServicesCidr);

    /// <summary>The /28 the GKE control plane's private endpoint lives in.</summary>
    public Ipv4Cidr MasterCidr { get; init; } = Ipv4Cidr.Parse(DefaultMasterCidr);

    /// <summary>
    /// The ranges clients inside the VPC come from: the subnet (VMs, nodes) and the pods. The Services range is
    /// virtual and never a source.
    /// </summary>
    public IReadOnlyList<Ipv4Cidr> ClientRanges => [SubnetCidr, PodsCidr];
}
