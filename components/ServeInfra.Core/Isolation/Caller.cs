namespace ServeInfra.Core.Isolation;

/// <summary>
/// Where a connection comes from, as GKE Dataplane V2 sees it: a pod of the cluster (<see cref="PodCaller"/>) or an
/// address outside the cluster's pods and nodes (<see cref="AddressCaller"/>).
/// </summary>
public abstract record Caller
{
    private protected Caller()
    {
    }
}
