namespace ServeInfra.Core.Serve;

/// <summary>One Ray Serve application of a cluster.</summary>
public sealed partial record ServeApplication
{
    /// <summary>The application's name, unique in the cluster; also what the API-docs link selects.</summary>
    public required string Name { get; init; }

    /// <summary>The HTTP path prefix the application serves, e.g. <c>/fruit</c>, or <c>/</c>. Unique in the cluster.</summary>
    public required string RoutePrefix { get; init; }

    /// <summary>The Python import path of the bound application, e.g. <c>fruit.deployment_graph</c>.</summary>
    public required string ImportPath { get; init; }

    /// <summary>The runtime environment: code location, pip packages, environment variables.</summary>
    public RuntimeEnv RuntimeEnv { get; init; } = new();

    /// <summary>
    /// The application a cluster serves when none is configured: KubeRay's own sample (<c>fruit_app</c>), from a
    /// pinned commit, so a fresh cluster answers <c>/fruit</c> right away.
    /// </summary>
    public static ServeApplication Default { get; } = new()
    {
        Name = "fruit_app",
        RoutePrefix = "/fruit",
        ImportPath = "fruit.deployment_graph",
        RuntimeEnv = new RuntimeEnv
        {
            WorkingDir = "https://github.com/ray-project/test_dag/archive/78b4a5da38796123d9f9ffff59bab2792a043e95.zip",
        },
    };
}
