using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using ServeInfra.Core.Gateway;

namespace ServeInfra.GatewayLocal.Tests;

/// <summary>
/// The tool running nginx (Debian's, or SERVEINFRA_NGINX): stdout carries the access log and nothing else, the
/// banner goes to stderr, and nginx's environment holds no token.
/// </summary>
public sealed class LocalGatewayRunTests
{
    private static string Nginx => Environment.GetEnvironmentVariable("SERVEINFRA_NGINX") ?? "/usr/sbin/nginx";

    [Fact]
    public async Task Stdout_is_the_access_log_the_banner_is_on_stderr_and_nginx_never_sees_the_token()
    {
        Assert.True(File.Exists(Nginx), $"nginx not found at {Nginx}: apt-get install -y nginx-light, or set SERVEINFRA_NGINX");
        var token = GatewayTokenGenerator.Generate();
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "ServeInfra.GatewayLocal.dll"), "--upstream", $"127.0.0.1:{FreePort()}", "--port", port.ToString(CultureInfo.InvariantCulture), "--nginx", Nginx })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment[LocalToken.EnvironmentVariable] = token;
        using var tool = Process.Start(start)!;
        var stdout = tool.StandardOutput.ReadToEndAsync();
        var banner = new TaskCompletionSource();
        var stderr = ReadErrorAsync(tool, banner);
        try
        {
            // The tool prints its banner once nginx listens (another process could hold a port we probed as free).
            await banner.Task.WaitAsync(TimeSpan.FromSeconds(30));
            var nginx = Children(tool.Id).Single();
            Assert.DoesNotContain(LocalToken.EnvironmentVariable + "=", await File.ReadAllTextAsync($"/proc/{nginx}/environ"), StringComparison.Ordinal);

            using var client = new HttpClient();
            using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{port}/x");
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            Assert.Equal(HttpStatusCode.BadGateway, (await client.SendAsync(request)).StatusCode);
        }
        finally
        {
            // SIGTERM to the tool we started: it stops nginx gracefully and removes its files.
            using var kill = Process.Start("kill", ["-s", "TERM", tool.Id.ToString(CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await tool.WaitForExitAsync(timeout.Token);
        }

        var lines = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var entry = JsonDocument.Parse(Assert.Single(lines)).RootElement;
        Assert.Equal((502, "local#1"), (entry.GetProperty("status").GetInt32(), entry.GetProperty("token").GetString()));
        Assert.Contains("Token gateway on http://127.0.0.1:", await stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(token, await stdout + await stderr, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>All of the tool's stderr; <paramref name="banner"/> completes at its "Token gateway on" line.</summary>
    private static async Task<string> ReadErrorAsync(Process tool, TaskCompletionSource banner)
    {
        var text = new System.Text.StringBuilder();
        while (await tool.StandardError.ReadLineAsync() is { } line)
        {
            text.AppendLine(line);
            if (line.StartsWith("Token gateway on", StringComparison.Ordinal))
            {
                banner.TrySetResult();
            }
        }

        banner.TrySetException(new InvalidOperationException($"the tool ended without its banner:\n{text}"));
        return text.ToString();
    }

    private static IEnumerable<int> Children(int parent) =>
        Directory.GetDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(name => int.TryParse(name, out _))
            .Select(name => int.Parse(name!, CultureInfo.InvariantCulture))
            .Where(pid => File.Exists($"/proc/{pid}/stat") && ParentOf(pid) == parent);

    private static int ParentOf(int pid)
    {
        try
        {
            // /proc/<pid>/stat: "pid (comm) state ppid ...", comm may hold spaces: read after the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return -1;
        }
    }
}
