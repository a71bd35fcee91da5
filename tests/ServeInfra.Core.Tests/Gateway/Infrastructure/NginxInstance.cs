using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ServeInfra.Core.Gateway;

namespace ServeInfra.Core.Tests.Gateway.Infrastructure;

/// <summary>
/// A real nginx running a rendered gateway config, started the way the cluster starts it
/// (<see cref="GatewayContract.NginxArguments"/>), on 127.0.0.1 and a free port, with its files, logs and
/// temp paths in a private directory. Runs as the current user; as root nginx drops its workers to its
/// compiled-in unprivileged user, so the directory is made traversable (0711) and nothing else.
/// </summary>
public sealed partial class NginxInstance : IAsyncDisposable
{
    private readonly StringBuilder output = new();

    private NginxInstance(GatewaySettings settings, Process process)
    {
        Settings = settings;
        Process = process;
    }

    public GatewaySettings Settings { get; }

    public Process Process { get; }

    public int Port => Settings.ListenPort;

    /// <summary>What nginx printed on stdout and stderr (before its own logs were opened, and any crash).</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>
    /// Renders <paramref name="template"/> (listen address, port, paths and logs replaced by local ones) and
    /// <paramref name="tokens"/>, starts nginx and waits until it answers its health path.
    /// </summary>
    /// <param name="template">Everything but the local listen address, port and paths.</param>
    /// <param name="tokens">The valid tokens.</param>
    /// <param name="editConfig">Changes the rendered config before use; only for tests about nginx itself.</param>
    public static async Task<NginxInstance> StartAsync(GatewaySettings template, IReadOnlyList<GatewayToken> tokens, Func<string, string>? editConfig = null)
    {
        RequireNginx();
        for (var attempt = 1; ; attempt++)
        {
            var directory = Directory.CreateTempSubdirectory("serveinfra-gateway-test-").FullName;
            Chmod(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            var settings = template with
            {
                ListenAddress = "127.0.0.1",
                ListenPort = FreePort(),
                RuntimeDirectory = directory,
                TokensFilePath = Path.Combine(directory, "tokens.conf"),
                AccessLogPath = Path.Combine(directory, "access.log"),
                ErrorLogPath = Path.Combine(directory, "error.log"),
            };
            var configPath = Path.Combine(directory, "nginx.conf");
            var config = GatewayConfigRenderer.Render(settings);
            File.WriteAllText(configPath, editConfig is null ? config : editConfig(config));
            WriteTokens(settings.TokensFilePath, tokens);
            var instance = new NginxInstance(settings, StartProcess(directory, configPath));
            instance.Process.OutputDataReceived += (_, e) => instance.Append(e.Data);
            instance.Process.ErrorDataReceived += (_, e) => instance.Append(e.Data);
            instance.Process.BeginOutputReadLine();
            instance.Process.BeginErrorReadLine();
            if (await instance.WaitUntilHealthyAsync(TimeSpan.FromSeconds(10)))
            {
                return instance;
            }

            instance.Process.WaitForExit(TimeSpan.FromSeconds(1));
            var text = instance.Output;
            await instance.DisposeAsync();
            if (attempt >= 5 || !text.Contains("Address already in use", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"nginx did not start. Its output:\n{text}");
            }
        }
    }

    /// <summary>Sends a signal to the nginx master this instance started: HUP reloads, QUIT stops gracefully.</summary>
    public void Signal(string signal)
    {
        using var kill = Process.Start("kill", ["-s", signal, Process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!Process.HasExited)
        {
            Signal("QUIT");
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await Process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                Process.Kill(entireProcessTree: true);
            }
        }

        Process.Dispose();
        Directory.Delete(Settings.RuntimeDirectory, recursive: true);
    }

    private static Process StartProcess(string directory, string configPath)
    {
        var start = new ProcessStartInfo(Binary) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-p");
        start.ArgumentList.Add(directory + "/");
        foreach (var argument in GatewayContract.NginxArguments(configPath))
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private async Task<bool> WaitUntilHealthyAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !Process.HasExited)
        {
            try
            {
                // The pid file appears only once nginx holds its port, so a 200 cannot come from another nginx.
                var pidFile = Path.Combine(Settings.RuntimeDirectory, "nginx.pid");
                var ours = File.Exists(pidFile) && File.ReadAllText(pidFile).Trim() == Process.Id.ToString(CultureInfo.InvariantCulture);
                var response = ours ? await RawHttp.SendAsync(Port, RawHttp.Get(Settings.HealthPath), TimeSpan.FromSeconds(2)) : null;
                if (response?.Status == 200)
                {
                    return true;
                }
            }
            catch (SocketException)
            {
            }

            await Task.Delay(20);
        }

        return false;
    }
}
