namespace ServeInfra.Core.Settings;

/// <summary>The autoscaled node pool that Ray's head and workers run on. Changing the machine type or disk replaces the pool.</summary>
public sealed record NodePoolSettings
{
    /// <summary>The Compute Engine machine type, e.g. <c>e2-standard-8</c>.</summary>
    public required string MachineType { get; init; }

    /// <summary>Minimum nodes per zone the autoscaler keeps.</summary>
    public required int MinNodes { get; init; }

    /// <summary>Maximum nodes per zone the autoscaler may add.</summary>
    public required int MaxNodes { get; init; }

    /// <summary>Boot disk size in GB; Ray images are large (several GB).</summary>
    public required int DiskSizeGb { get; init; }

    /// <summary>
    /// Nodes per zone the pool is created with: its minimum, and at least one, so that the KubeRay operator and the Ray
    /// head are scheduled at once instead of waiting for an autoscaler scale-up. Only read at creation: the autoscaler
    /// owns the size afterwards.
    /// </summary>
    public int InitialNodesPerZone => Math.Max(MinNodes, 1);
}
