using ServeInfra.Core.Gateway;

namespace ServeInfra.Core.Tests.Gateway.Infrastructure;

/// <summary>The files of a running gateway: its tokens file and its logs.</summary>
public sealed partial class NginxInstance
{
    public string AccessLog => ReadShared(Settings.AccessLogPath);

    public string ErrorLog => ReadShared(Settings.ErrorLogPath);

    /// <summary>Replaces the tokens file (mode 0600); nginx reads it on start and on reload.</summary>
    public void WriteTokens(IReadOnlyList<GatewayToken> tokens) => WriteTokens(Settings.TokensFilePath, tokens);

    public IReadOnlyList<string> AccessLogLines() =>
        AccessLog.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The access-log line after the first <paramref name="previousCount"/> ones, waiting for nginx to write it.</summary>
    public async Task<string?> WaitForAccessLogLineAsync(int previousCount, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var lines = AccessLogLines();
            if (lines.Count > previousCount)
            {
                return lines[previousCount];
            }

            if (DateTime.UtcNow > deadline)
            {
                return null;
            }

            await Task.Delay(10);
        }
    }

    private static void WriteTokens(string path, IReadOnlyList<GatewayToken> tokens)
    {
        // Replace, never rewrite in place: a reload must read the old set or the new one, nothing in between.
        var temporary = path + ".new";
        File.WriteAllText(temporary, GatewayTokensRenderer.Render(tokens));
        Chmod(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.Move(temporary, path, overwrite: true);
    }

    private static void Chmod(string path, UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("the gateway tests run nginx on Linux");
        }

        File.SetUnixFileMode(path, mode);
    }

    private static string ReadShared(string path)
    {
        if (!File.Exists(path))
        {
            return "";
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
