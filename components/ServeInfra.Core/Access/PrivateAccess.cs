using ServeInfra.Core.Networking;

namespace ServeInfra.Core.Access;

/// <summary>
/// A VPC-internal endpoint: a reserved internal address in the cluster's subnet and an internal passthrough
/// load balancer in front of Ray Serve. No token; no external address anywhere.
/// </summary>
public sealed record PrivateAccess : ClusterAccess
{
    /// <summary>
    /// The internal load balancer Service's <c>externalTrafficPolicy</c>. <c>Local</c>: each node hands the packet to a Serve
    /// pod on itself "without masquerading the client source IP" (Kubernetes API, ServiceSpec), so the pods' NetworkPolicy
    /// can admit exactly the load balancer's source ranges. With <c>Cluster</c> a node may forward to another node's pod with
    /// its own address as source, which Dataplane V2 matches as a node, not by range. The load balancer's health check
    /// then probes each node's <c>healthCheckNodePort</c>, so only nodes with a Serve pod get traffic.
    /// </summary>
    public const string ExternalTrafficPolicy = "Local";

    /// <inheritdoc />
    /// <summary>The mode's name in stack config: <c>private</c>.</summary>
    public const string Name = "private";

    /// <inheritdoc />
    public override string Stamp => Name;

    /// <summary>
    /// Extra client ranges allowed through the load balancer's firewall besides the VPC's own ranges
    /// (peered VPCs, VPN, Interconnect). Default: none.
    /// </summary>
    public IReadOnlyList<Ipv4Cidr> ExtraSourceRanges { get; init; } = [];

    /// <summary>
    /// Whether clients in other regions of the VPC (and networks connected to it) may reach the endpoint.
    /// Default false: only the cluster's region.
    /// </summary>
    public bool GlobalAccess { get; init; }

    /// <inheritdoc />
    /// <remarks>Every range is valid by construction (<see cref="Ipv4Cidr"/>); only a missing list is a problem.</remarks>
    public override IReadOnlyList<Settings.SettingsProblem> Validate() =>
        ExtraSourceRanges is null
            ? [new("PrivateAccess.ExtraSourceRanges", Configuration.ConfigKeys.PrivateSourceRanges.FullName, null, "is not set", "a list of ranges (empty for none)",
                Configuration.ConfigKeys.PrivateSourceRanges.FixCommand)]
            : [];

    /// <summary>
    /// The client ranges the load balancer admits: the VPC's own (subnet and pods), then the extra ones, without
    /// duplicates. Never empty, because GKE opens an LB without source ranges to 0.0.0.0/0.
    /// </summary>
    public IReadOnlyList<Ipv4Cidr> SourceRanges(Settings.NetworkSettings network)
    {
        ArgumentNullException.ThrowIfNull(network);
        return network.ClientRanges.Concat(ExtraSourceRanges).Distinct().ToList();
    }
}
