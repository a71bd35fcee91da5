using System.Runtime.CompilerServices;

namespace ServeInfra.Core.Tests.Support;

/// <summary>
/// The one golden-file helper: compares output with a checked-in expected file (relative to the test project);
/// with UPDATE_GOLDEN=1 it rewrites the source copy instead, for review.
/// </summary>
internal static class Golden
{
    public static void AssertMatches(string relativePath, string actual)
    {
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SourceDirectory(), relativePath), actual);
            return;
        }

        var expected = Path.Combine(AppContext.BaseDirectory, relativePath);
        Assert.True(File.Exists(expected), $"{relativePath} is missing: create it with UPDATE_GOLDEN=1 and review it.");
        Assert.Equal(File.ReadAllText(expected), actual);
    }

    private static string SourceDirectory([CallerFilePath] string path = "") =>
        Path.GetDirectoryName(Path.GetDirectoryName(path))!;
}
