using System.Runtime.CompilerServices;

namespace ServeInfra.Core.Tests.Support;

/// <summary>Compares output with a checked-in expected file; with UPDATE_GOLDEN=1 it rewrites the source copy instead.</summary>
internal static class Golden
{
    public static void AssertMatches(string relativePath, string actual)
    {
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SourceDirectory(), relativePath), actual);
            return;
        }

        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, relativePath));
        Assert.Equal(expected, actual);
    }

    private static string SourceDirectory([CallerFilePath] string path = "") =>
        Path.GetDirectoryName(Path.GetDirectoryName(path))!;
}
