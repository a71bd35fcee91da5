namespace ServeInfra.Core.Settings;

/// <summary>The Ray cluster inside a RayService.</summary>
public sealed record RaySettings
{
    /// <summary>The Ray version, e.g. <c>2.52.0</c>; KubeRay's <c>rayVersion</c> and the image's tag must agree.</summary>
    public required string Version { get; init; }

    /// <summary>The container image for head and workers, pinned by tag or digest (never <c>latest</c>).</summary>
    public required string Image { get; init; }

    /// <summary>The head pod's resources. The head runs the Serve controller and an HTTP proxy.</summary>
    public required ComputeResources Head { get; init; }

    /// <summary>Each worker pod's resources.</summary>
    public required ComputeResources Worker { get; init; }

    /// <summary>The fewest worker pods the Ray autoscaler keeps.</summary>
    public required int WorkerMinReplicas { get; init; }

    /// <summary>The most worker pods the Ray autoscaler may start.</summary>
    public required int WorkerMaxReplicas { get; init; }
}
