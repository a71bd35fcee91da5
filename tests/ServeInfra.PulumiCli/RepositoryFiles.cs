namespace ServeInfra.PulumiCli;

/// <summary>Finds the repository's own files from a test's output folder.</summary>
public static class RepositoryFiles
{
    /// <summary>The folder that holds <c>ServeInfra.sln</c>.</summary>
    public static string Root { get; } = Find(AppContext.BaseDirectory);

    private static string Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ServeInfra.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No ServeInfra.sln above {start}.");
    }
}
