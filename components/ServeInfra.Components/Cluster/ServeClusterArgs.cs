using ServeInfra.Core.Settings;

namespace ServeInfra.Components.Cluster;

/// <summary>The inputs of a <see cref="ServeCluster"/>.</summary>
public sealed class ServeClusterArgs
{
    /// <summary>The GKE cluster it runs on: <see cref="Cloud.ServeCloud.Platform"/>, or one made elsewhere.</summary>
    public required ClusterPlatform Platform { get; init; }

    /// <summary>
    /// The cluster's settings (defaults as documented). The cluster checks them with <see cref="ClusterSettings.Validate"/>
    /// before it registers anything; call it yourself to report problems earlier or in your own words.
    /// </summary>
    public required ClusterSettings Settings { get; init; }
}
