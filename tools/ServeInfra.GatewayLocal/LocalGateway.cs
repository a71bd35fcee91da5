using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Runtime.Versioning;
using ServeInfra.Core.Gateway;

// nginx, signals and Unix file modes: local mode is for Linux and macOS.
[assembly: SupportedOSPlatform("linux")]
[assembly: SupportedOSPlatform("macos")]

namespace ServeInfra.GatewayLocal;

/// <summary>Local-mode settings, the files nginx needs, and the nginx process itself.</summary>
internal static class LocalGateway
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>The cluster's settings with local paths: loopback only, everything under <paramref name="directory"/>.</summary>
    public static GatewaySettings Settings(LocalOptions options, string directory, bool logToConsole) => new()
    {
        ListenAddress = "127.0.0.1",
        ListenPort = options.Port,
        UpstreamHost = options.UpstreamHost,
        UpstreamPort = options.UpstreamPort,
        Routes = options.Routes,
        TokensFilePath = Path.Combine(directory, "tokens.conf"),
        RuntimeDirectory = directory,
        AccessLogPath = logToConsole ? "/dev/stdout" : Path.Combine(directory, "access.log"),
        ErrorLogPath = logToConsole ? "/dev/stderr" : Path.Combine(directory, "error.log"),
        WorkerProcesses = options.Workers,
        // Plain HTTP on loopback: no load balancer terminates TLS in front of a local run.
        ForwardedProto = "http",
    };

    /// <summary>Writes tokens.conf (mode 0600, created so from the start) and nginx.conf; returns the nginx.conf path.</summary>
    public static string WriteFiles(GatewaySettings settings, GatewayToken token)
    {
        // Render both before writing either, so a bad input leaves no half-written directory behind.
        var tokens = GatewayTokensRenderer.Render([token]);
        var config = GatewayConfigRenderer.Render(settings);
        var configPath = Path.Combine(settings.RuntimeDirectory, "nginx.conf");
        WriteOwnerOnly(settings.TokensFilePath, tokens);
        WriteOwnerOnly(configPath, config);
        return configPath;
    }

    /// <summary>
    /// Lets nginx workers reach their temp directories: as root, nginx runs its workers as an unprivileged
    /// user that needs to traverse (not list) the runtime directory. Its files stay owner-only.
    /// </summary>
    public static void AllowTraversal(string directory) =>
        File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);

    /// <summary>Starts nginx in the foreground with the same arguments the cluster uses; output goes to this console.</summary>
    public static Process Start(string nginxPath, string directory, string configPath)
    {
        var start = new ProcessStartInfo(nginxPath) { UseShellExecute = false };
        // nginx needs no token from the environment (it reads tokens.conf): keep it out of /proc/<pid>/environ.
        start.Environment.Remove(LocalToken.EnvironmentVariable);
        start.ArgumentList.Add("-p");
        start.ArgumentList.Add(directory + "/");
        foreach (var argument in GatewayContract.NginxArguments(configPath))
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"could not start {nginxPath}");
    }

    /// <summary>Waits until the listener accepts connections, or nginx exits, or the timeout passes.</summary>
    public static async Task<bool> WaitUntilListeningAsync(Process nginx, int port, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !nginx.HasExited)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return true;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        return false;
    }

    /// <summary>Sends a signal (QUIT = graceful stop) to a process we started, by pid.</summary>
    public static void Signal(Process process, string signal)
    {
        if (process.HasExited)
        {
            return;
        }

        using var kill = Process.Start("kill", ["-s", signal, process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    private static void WriteOwnerOnly(string path, string text)
    {
        File.Delete(path);
        using var stream = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            UnixCreateMode = OwnerOnly,
        });
        using var writer = new StreamWriter(stream);
        writer.Write(text);
    }
}
