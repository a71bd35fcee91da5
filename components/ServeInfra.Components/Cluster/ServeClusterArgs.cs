using ServeInfra.Components.Cloud;
using ServeInfra.Core.Settings;

namespace ServeInfra.Components.Cluster;

/// <summary>Inputs of <see cref="ServeCluster"/>.</summary>
public sealed class ServeClusterArgs
{
    /// <summary>The cloud to run on; several clusters may share one.</summary>
    public required ServeCloud Cloud { get; init; }

    /// <summary>
    /// The cluster's validated settings. Changing <c>Access</c>'s mode replaces the RayService and the endpoint
    /// (never the cloud): the URL changes and in-flight requests fail.
    /// </summary>
    public required ClusterSettings Settings { get; init; }
}
