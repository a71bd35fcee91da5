using System.Diagnostics;
using ServeInfra.Core.Gateway;

namespace ServeInfra.GatewayLocal.Tests;

/// <summary>
/// The tool as a user runs it (its built program, in a child process): no token on the command line, and stdout
/// left to nginx's access log, everything for the user on stderr. <c>--write-config</c> keeps nginx out of it.
/// </summary>
public sealed class LocalProgramTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("serveinfra-local-run-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public async Task A_token_on_the_command_line_is_refused_without_echoing_it()
    {
        var token = GatewayTokenGenerator.Generate();

        var (exit, stdout, stderr) = await RunAsync(null, "--upstream", "127.0.0.1:8000", "--token", token, "--write-config", directory);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains($"--token: a token on the command line is visible to other users (ps) and kept in shell history; use --token-file PATH or the {LocalToken.EnvironmentVariable} environment variable.", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(token, stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(directory, "tokens.conf")));
    }

    [Fact]
    public async Task A_generated_token_is_shown_once_on_stderr_and_stdout_stays_empty()
    {
        var (exit, stdout, stderr) = await RunAsync(null, "--upstream", "127.0.0.1:8000", "--write-config", directory);

        Assert.Equal(0, exit);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split('\n'), l => l.StartsWith("Token:", StringComparison.Ordinal));
        var token = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        Assert.True(GatewayTokenGenerator.IsCurrentFormat(token));
        Assert.Equal(1, stderr.Split(token).Length - 1);
        Assert.Contains($"\"{token}\" \"local#1\";", await File.ReadAllTextAsync(Path.Combine(directory, "tokens.conf")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_from_the_environment_is_never_printed()
    {
        var token = GatewayTokenGenerator.Generate();

        var (exit, stdout, stderr) = await RunAsync(token, "--upstream", "127.0.0.1:8000", "--write-config", directory);

        Assert.Equal(0, exit);
        Assert.Equal("", stdout);
        Assert.DoesNotContain(token, stderr, StringComparison.Ordinal);
        Assert.Contains($"Token:     the one from {LocalToken.EnvironmentVariable} (not shown)", stderr, StringComparison.Ordinal);
        Assert.Contains(token, await File.ReadAllTextAsync(Path.Combine(directory, "tokens.conf")), StringComparison.Ordinal);
        Assert.Contains("proxy_set_header X-Forwarded-Proto http;", await File.ReadAllTextAsync(Path.Combine(directory, "nginx.conf")), StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string? environmentToken, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ServeInfra.GatewayLocal.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove(LocalToken.EnvironmentVariable);
        if (environmentToken is not null)
        {
            start.Environment[LocalToken.EnvironmentVariable] = environmentToken;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
