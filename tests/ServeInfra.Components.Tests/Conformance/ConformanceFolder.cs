namespace ServeInfra.Components.Tests.Conformance;

/// <summary>
/// The shared conformance schemas (data, never copied into the repository): <c>../shared/conformance</c> beside the
/// checkout, or the folder <c>SERVEINFRA_CONFORMANCE</c> names.
/// </summary>
internal static class ConformanceFolder
{
    private static readonly Lazy<string?> Found = new(Find);

    /// <summary>The folder, or null when it is absent.</summary>
    public static string? Path => Found.Value;

    /// <summary>Why the conformance tests do not run here, or null when they do (or must, under CI=true).</summary>
    public static string? SkipReason => Path is not null || Environment.GetEnvironmentVariable("CI") == "true"
        ? null
        : "The conformance schemas are not here: no ../shared/conformance beside the checkout and SERVEINFRA_CONFORMANCE is not set. " +
            "These tests did NOT run; under CI=true they fail instead.";

    /// <summary>A file of the folder; fails with a clear message when the folder is absent.</summary>
    public static string File(string relativePath)
    {
        var root = Path ?? throw new InvalidOperationException(
            "The conformance schemas are required (CI=true) but absent: expected ../shared/conformance beside the checkout, or SERVEINFRA_CONFORMANCE.");
        return System.IO.Path.Combine(root, relativePath);
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("SERVEINFRA_CONFORMANCE") is { Length: > 0 } explicitPath)
        {
            return Directory.Exists(explicitPath) ? explicitPath : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "ServeInfra.sln")))
            {
                var shared = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "conformance"));
                return Directory.Exists(shared) ? shared : null;
            }
        }

        return null;
    }
}
