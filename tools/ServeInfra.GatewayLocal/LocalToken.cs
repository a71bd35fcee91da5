using ServeInfra.Core.Gateway;

namespace ServeInfra.GatewayLocal;

/// <summary>
/// Where the local gateway's token comes from: a file (<c>--token-file</c>), the environment, or, when neither is
/// given, a new one that is printed once. Never the command line. Messages never show a value.
/// </summary>
internal static class LocalToken
{
    /// <summary>The environment variable that can carry the token instead of a file.</summary>
    public const string EnvironmentVariable = "SERVEINFRA_GATEWAY_TOKEN";

    /// <summary>Longest token file read: a token and a line ending, with room to spare; anything bigger is not a token file.</summary>
    private const int MaximumFileBytes = 1024;

    private const string Shape = "one line: 50 characters of a-z 0-9 (or an earlier token of 43 characters of A-Z a-z 0-9)";

    /// <summary>
    /// The token to accept and whether it was generated here, or every problem. A file holds the token on one line
    /// (a final newline is fine); a file others may read is used, with a warning in <paramref name="warnings"/>.
    /// </summary>
    public static (GatewayToken? Token, bool Generated, IReadOnlyList<string> Errors) Resolve(
        string? tokenFile, string? environmentValue, List<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        if (tokenFile is not null && !string.IsNullOrEmpty(environmentValue))
        {
            return (null, false, [$"--token-file and {EnvironmentVariable} are both given; give one."]);
        }

        string? value;
        string source;
        if (tokenFile is not null)
        {
            (value, var error) = ReadFile(tokenFile, warnings);
            if (error is not null)
            {
                return (null, false, [error]);
            }

            source = $"--token-file: '{tokenFile}'";
        }
        else if (!string.IsNullOrEmpty(environmentValue))
        {
            value = environmentValue;
            source = EnvironmentVariable;
        }
        else
        {
            return (Local(GatewayTokenGenerator.Generate()), true, []);
        }

        return GatewayTokenGenerator.IsWellFormed(value)
            ? (Local(value!), false, [])
            : (null, false, [$"{source} does not hold a valid token (value not shown); use {Shape}, or give neither to have one generated."]);
    }

    private static GatewayToken Local(string value) => new() { Name = "local", Label = "local#1", Value = value };

    private static (string? Value, string? Error) ReadFile(string path, List<string> warnings)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return (null, $"--token-file: '{path}' does not exist; give a file that holds the token ({Shape}).");
        }

        if (file.Length > MaximumFileBytes)
        {
            return (null, $"--token-file: '{path}' is {file.Length} bytes, too big for a token file; give a file that holds only the token ({Shape}).");
        }

        if ((file.UnixFileMode & (UnixFileMode.GroupRead | UnixFileMode.OtherRead)) != 0)
        {
            warnings.Add($"--token-file: '{path}' can be read by other users; chmod 600 '{path}'.");
        }

        var text = File.ReadAllText(path);
        // One line: drop the final line ending an editor or `echo` adds, and nothing else.
        return (text.EndsWith("\r\n", StringComparison.Ordinal) ? text[..^2] : text.EndsWith('\n') ? text[..^1] : text, null);
    }
}
