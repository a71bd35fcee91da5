using ServeInfra.Core.Access;
using ServeInfra.Core.Serve;

namespace ServeInfra.Core.Settings;

/// <summary>One Ray Serve cluster (a RayService) and how it is reached.</summary>
public sealed record ClusterSettings
{
    /// <summary>Default of <see cref="Name"/>.</summary>
    public const string DefaultName = "serve";

    /// <summary>
    /// The cluster's name: its namespace, its RayService and the prefix of its resources. Unique per cloud.
    /// Changing it replaces the cluster.
    /// </summary>
    public string Name { get; init; } = DefaultName;

    /// <summary>The access mode and its settings. Changing the mode replaces the Ray cluster and its endpoint.</summary>
    public ClusterAccess Access { get; init; } = new PrivateAccess();

    /// <summary>The Ray image, version and the head and worker resources.</summary>
    public RaySettings Ray { get; init; } = new();

    /// <summary>The Serve applications; never empty (a default application is used when none is configured).</summary>
    public IReadOnlyList<ServeApplication> Applications { get; init; } = [ServeApplication.Default];
}
