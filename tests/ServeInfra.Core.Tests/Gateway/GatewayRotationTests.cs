using System.Net.Http.Headers;
using ServeInfra.Core.Tests.Gateway.Infrastructure;
using static ServeInfra.Core.Tests.Gateway.Infrastructure.RawHttp;

namespace ServeInfra.Core.Tests.Gateway;

/// <summary>
/// What a token rotation and a Kubernetes rolling update rely on: nginx reloads a changed tokens file on
/// SIGHUP without failing a request, and SIGQUIT lets requests in flight finish. Each test has its own nginx.
/// </summary>
public sealed class GatewayRotationTests : IAsyncLifetime
{
    private readonly TestTokens tokens = new();
    private NginxInstance nginx = null!;

    // A property, so the class needs no IDisposable next to IAsyncLifetime (CA1001).
    private RecordingUpstream Upstream { get; } = new();

    public async Task InitializeAsync() =>
        nginx = await NginxInstance.StartAsync(GatewayFixture.Settings(Upstream.Port) with { WorkerProcesses = 2 }, [tokens.Ci]);

    public async Task DisposeAsync()
    {
        if (nginx is not null)
        {
            await nginx.DisposeAsync();
        }

        await Upstream.DisposeAsync();
    }

    [Fact]
    public async Task RotationUnderLoadFailsNoRequest()
    {
        var (old, next) = (tokens.Ci, tokens.TeamA);

        // Add the new token while clients keep using the old one.
        var withOld = await UnderLoadAsync(old.Value, () => nginx.WriteTokens([old, next]), next.Value, expectedStatus: 200);
        Assert.Equal(0, withOld.Failed);
        Assert.True(withOld.Succeeded > 100, $"only {withOld.Succeeded} requests ran");

        // Then drop the old one while clients use the new one.
        var withNew = await UnderLoadAsync(next.Value, () => nginx.WriteTokens([next]), old.Value, expectedStatus: 401);
        Assert.Equal(0, withNew.Failed);
        await Task.Delay(200);
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(401, (await SendAsync(nginx.Port, Get("/llm/x", "Authorization: Bearer " + old.Value))).Status);
            Assert.Equal(200, (await SendAsync(nginx.Port, Get("/llm/x", "Authorization: Bearer " + next.Value))).Status);
        }

        Assert.Contains("\"token\":\"team-a#1\"", nginx.AccessLog, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuitLetsRequestsInFlightFinish()
    {
        var inFlight = Enumerable.Range(0, 3)
            .Select(_ => SendAsync(nginx.Port, Get("/slow/1500", "Authorization: Bearer " + tokens.Ci.Value)))
            .ToList();
        await WaitForAsync(() => Task.FromResult(Upstream.Received.Count == 3), TimeSpan.FromSeconds(5));

        nginx.Signal("QUIT");

        var responses = await Task.WhenAll(inFlight);
        Assert.All(responses, response => Assert.Equal((200, "upstream ok\n"), (response.Status, response.Body)));
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await nginx.Process.WaitForExitAsync(wait.Token);
        Assert.Equal(0, nginx.Process.ExitCode);
    }

    /// <summary>
    /// Four keep-alive clients send <paramref name="token"/> while the tokens file changes and nginx reloads;
    /// the load stops half a second after <paramref name="probe"/> answers <paramref name="expectedStatus"/>
    /// on a new connection (the new configuration is live).
    /// </summary>
    private async Task<(int Succeeded, int Failed)> UnderLoadAsync(string token, Action change, string probe, int expectedStatus)
    {
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{nginx.Port}"), Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var (succeeded, failed) = (0, 0);
        var clients = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 50_000 && !stop.IsCancellationRequested; i++)
            {
                try
                {
                    using var response = await client.GetAsync("/llm/x", CancellationToken.None);
                    Interlocked.Increment(ref response.IsSuccessStatusCode ? ref succeeded : ref failed);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failed);
                }
            }
        })).ToList();

        await Task.Delay(500);
        change();
        nginx.Signal("HUP");
        await WaitForAsync(async () => (await SendAsync(nginx.Port, Get("/llm/x", "Authorization: Bearer " + probe))).Status == expectedStatus, TimeSpan.FromSeconds(10));
        await Task.Delay(500);
        await stop.CancelAsync();
        await Task.WhenAll(clients);
        return (succeeded, failed);
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting");
            await Task.Delay(20);
        }
    }
}
