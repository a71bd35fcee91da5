using ServeInfra.Core.Access;
using ServeInfra.Core.Serve;

namespace ServeInfra.Core.Settings;

/// <summary>One Ray Serve cluster (a RayService) and how it is reached.</summary>
public sealed partial record ClusterSettings
{
    /// <summary>Default of <see cref="Name"/>.</summary>
    public const string DefaultName = "serve";

    /// <summary>Default of <see cref="ServeReadyTimeoutSeconds"/>: 30 minutes, for an image pull and a pip install.</summary>
    public const int DefaultServeReadyTimeoutSeconds = 1800;

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

    /// <summary>How long <c>pulumi up</c> waits for the RayService to be Ready with no upgrade in progress, in seconds.</summary>
    public int ServeReadyTimeoutSeconds { get; init; } = DefaultServeReadyTimeoutSeconds;

    /// <summary>Whether <c>pulumi up</c> proves the endpoint from inside the cluster before it outputs the URL.</summary>
    public bool EndpointCheck { get; init; } = true;
}
