namespace ServeInfra.Core.Isolation;

/// <summary>
/// Whom an ingress rule admits: pods picked by labels (<see cref="PodPeer"/>) or an address range
/// (<see cref="RangePeer"/>). A closed choice, because GKE Dataplane V2 (Cilium) matches the two differently: pods by
/// their identity, whatever their IP, and address ranges only for traffic from outside the cluster's pods and nodes.
/// </summary>
public abstract record PolicyPeer
{
    private protected PolicyPeer()
    {
    }

    /// <summary>True when <paramref name="caller"/> is one of the sources this peer names.</summary>
    public abstract bool Matches(Caller caller);
}
