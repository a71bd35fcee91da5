namespace ServeInfra.Repository.Tests.Support;

/// <summary>The checkout the tests run in: the nearest folder above the test assembly that holds ServeInfra.sln.</summary>
internal static class RepositoryRoot
{
    private const string SolutionFile = "ServeInfra.sln";

    private static readonly Lazy<string> Root = new(Find);

    /// <summary>The repository root's absolute path.</summary>
    public static string Path => Root.Value;

    /// <summary>The absolute path of a path relative to the repository root.</summary>
    public static string Resolve(string relativePath) =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, relativePath));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No {SolutionFile} in any folder above {AppContext.BaseDirectory}: run the tests from a checkout of the repository.");
    }
}
