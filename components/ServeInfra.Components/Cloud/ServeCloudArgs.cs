using ServeInfra.Core.Settings;

namespace ServeInfra.Components.Cloud;

/// <summary>Inputs of <see cref="ServeCloud"/>: plain, validated settings (see <c>StackConfigLoader</c>).</summary>
public sealed class ServeCloudArgs
{
    /// <summary>The GCP project everything is created in; also names the Workload Identity pool.</summary>
    public required string Project { get; init; }

    /// <summary>The network, GKE, node pool and operator settings. Nothing in them depends on any cluster's access mode.</summary>
    public required CloudSettings Settings { get; init; }
}
