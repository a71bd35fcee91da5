using ServeInfra.Core.Networking;

namespace ServeInfra.Core.Isolation;

/// <summary>
/// Callers from an address range (a Kubernetes <c>ipBlock</c>). On GKE Dataplane V2 it matches traffic whose source
/// address is not a pod or node of the cluster: Cilium gives those their own identities, and CIDR rules never select
/// them (docs.cilium.io/en/latest/security/policy/layer3/, "IP/CIDR based": "CIDR rules do not apply to traffic where both sides of the
/// connection are either managed by Cilium or use an IP belonging to a node in the cluster").
/// </summary>
/// <param name="Range">The admitted range.</param>
public sealed record RangePeer(Ipv4Cidr Range) : PolicyPeer
{
    /// <inheritdoc />
    public override bool Matches(Caller caller) => caller is AddressCaller address && Range.Contains(address.Source);
}
