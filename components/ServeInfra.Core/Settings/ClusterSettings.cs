using ServeInfra.Core.Access;
using ServeInfra.Core.Serve;

namespace ServeInfra.Core.Settings;

/// <summary>One Ray Serve cluster (a RayService) and how it is reached.</summary>
public sealed record ClusterSettings
{
    /// <summary>
    /// The cluster's name: its namespace, its RayService and the prefix of its resources. Unique per cloud.
    /// Changing it replaces the cluster.
    /// </summary>
    public required string Name { get; init; }

    /// <summary>The access mode and its settings. Changing the mode replaces the Ray cluster and its endpoint.</summary>
    public required ClusterAccess Access { get; init; }

    /// <summary>The Ray image, version and the head and worker resources.</summary>
    public required RaySettings Ray { get; init; }

    /// <summary>The Serve applications; never empty (a default application is used when none is configured).</summary>
    public required IReadOnlyList<ServeApplication> Applications { get; init; }
}
