namespace ServeInfra.Core.Gke;

/// <summary>
/// How long a destroy waits on resources that GKE's controllers release asynchronously: the VPC, the subnet and the
/// endpoints' addresses stay in use until GKE has deleted the load balancers and network endpoint groups it made for the
/// cluster's Services and Ingresses. The timeout bounds the delete operation and the provider's retries of
/// <c>resourceNotReady</c> (terraform-provider-google <c>transport/error_retry_predicates.go</c>, the default 20 minutes
/// otherwise). A resource still referenced by a leftover NEG fails at once with <c>resourceInUseByAnotherResource</c>,
/// which the provider does not retry and no timeout fixes: the README's "Destroying a stack" lists the cleanup.
/// </summary>
public static class DeleteTimeouts
{
    /// <summary>The delete timeout of the VPC, the subnet, and the endpoints' reserved addresses.</summary>
    public static TimeSpan AsyncCleanup { get; } = TimeSpan.FromMinutes(45);
}
