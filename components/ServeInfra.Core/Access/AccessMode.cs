namespace ServeInfra.Core.Access;

/// <summary>
/// How a Ray Serve cluster is reached. Exactly one per cluster; changing it replaces the Ray cluster and
/// its endpoint (never the GKE cluster).
/// </summary>
public enum AccessMode
{
    /// <summary>VPC-internal endpoint only; no token; nothing reachable from the internet.</summary>
    Private,

    /// <summary>Internet-facing HTTPS endpoint; every request must carry the cluster's token.</summary>
    Public,
}
