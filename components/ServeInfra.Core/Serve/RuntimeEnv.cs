namespace ServeInfra.Core.Serve;

/// <summary>The subset of Ray's <c>runtime_env</c> that ServeInfra models.</summary>
public sealed record RuntimeEnv
{
    /// <summary>Where the application's code comes from: a zip URL or a remote URI. Null: the image's own code.</summary>
    public string? WorkingDir { get; init; }

    /// <summary>Pip requirements installed for the application, pinned versions recommended.</summary>
    public IReadOnlyList<string> Pip { get; init; } = [];

    /// <summary>Environment variables for the application's replicas. Not for secrets: they land in the RayService spec.</summary>
    public IReadOnlyDictionary<string, string> EnvVars { get; init; } = new Dictionary<string, string>();

    /// <summary>True when nothing is set, so the renderer can leave <c>runtime_env</c> out.</summary>
    public bool IsEmpty => WorkingDir is null && Pip.Count == 0 && EnvVars.Count == 0;
}
