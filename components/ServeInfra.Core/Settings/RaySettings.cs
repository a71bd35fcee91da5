namespace ServeInfra.Core.Settings;

/// <summary>The Ray cluster inside a RayService.</summary>
public sealed partial record RaySettings
{
    private readonly string? _image;

    /// <summary>Default of <see cref="Version"/>.</summary>
    public const string DefaultVersion = "2.52.0";

    /// <summary>Default of <see cref="WorkerMinReplicas"/>.</summary>
    public const int DefaultWorkerMinReplicas = 1;

    /// <summary>Default of <see cref="WorkerMaxReplicas"/>.</summary>
    public const int DefaultWorkerMaxReplicas = 4;

    /// <summary>Default of <see cref="Head"/>.</summary>
    public static ComputeResources DefaultHead { get; } = new("2", "8Gi");

    /// <summary>Default of <see cref="Worker"/>.</summary>
    public static ComputeResources DefaultWorker { get; } = new("4", "16Gi");

    /// <summary>The Ray version, e.g. <c>2.52.0</c>; KubeRay's <c>rayVersion</c> and the image's tag must agree.</summary>
    public string Version { get; init; } = DefaultVersion;

    /// <summary>
    /// The container image for head and workers, pinned by tag or digest (never <c>latest</c>). Default: Ray's official
    /// image of <see cref="Version"/> (<see cref="DefaultImage"/>), so setting only the version moves both.
    /// </summary>
    public string Image
    {
        get => _image ?? DefaultImage(Version);
        init => _image = value;
    }

    /// <summary>The head pod's resources. The head runs the Serve controller and an HTTP proxy.</summary>
    public ComputeResources Head { get; init; } = DefaultHead;

    /// <summary>Each worker pod's resources.</summary>
    public ComputeResources Worker { get; init; } = DefaultWorker;

    /// <summary>The fewest worker pods the Ray autoscaler keeps.</summary>
    public int WorkerMinReplicas { get; init; } = DefaultWorkerMinReplicas;

    /// <summary>The most worker pods the Ray autoscaler may start.</summary>
    public int WorkerMaxReplicas { get; init; } = DefaultWorkerMaxReplicas;

    /// <summary>The image used when none is configured: Ray's official image for the version.</summary>
    public static string DefaultImage(string version) => $"rayproject/ray:{version}";
}
