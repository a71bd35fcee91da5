namespace ServeInfra.Core.Settings;

/// <summary>The autoscaled node pool that Ray's head and workers run on. Changing the machine type or disk replaces the pool.</summary>
public sealed partial record NodePoolSettings
{
    /// <summary>Default of <see cref="MachineType"/>.</summary>
    public const string DefaultMachineType = "e2-standard-8";

    /// <summary>Default of <see cref="MinNodes"/>.</summary>
    public const int DefaultMinNodes = 1;

    /// <summary>Default of <see cref="MaxNodes"/>.</summary>
    public const int DefaultMaxNodes = 3;

    /// <summary>Default of <see cref="DiskSizeGb"/>.</summary>
    public const int DefaultDiskSizeGb = 100;

    /// <summary>The Compute Engine machine type, e.g. <c>e2-standard-8</c>.</summary>
    public string MachineType { get; init; } = DefaultMachineType;

    /// <summary>Minimum nodes per zone the autoscaler keeps.</summary>
    public int MinNodes { get; init; } = DefaultMinNodes;

    /// <summary>Maximum nodes per zone the autoscaler may add.</summary>
    public int MaxNodes { get; init; } = DefaultMaxNodes;

    /// <summary>Boot disk size in GB; Ray images are large (several GB).</summary>
    public int DiskSizeGb { get; init; } = DefaultDiskSizeGb;

    /// <summary>
    /// Nodes per zone the pool is created with: its minimum, and at least one, so that the KubeRay operator and the Ray
    /// head are scheduled at once instead of waiting for an autoscaler scale-up. Only read at creation: the autoscaler
    /// owns the size afterwards.
    /// </summary>
    public int InitialNodesPerZone => Math.Max(MinNodes, 1);
}
