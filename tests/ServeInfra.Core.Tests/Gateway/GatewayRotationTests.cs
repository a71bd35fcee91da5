using System.Net.Http.Headers;
using ServeInfra.Core.Tests.Gateway.Infrastructure;
using Xunit.Abstractions;
using static ServeInfra.Core.Tests.Gateway.Infrastructure.RawHttp;

namespace ServeInfra.Core.Tests.Gateway;

/// <summary>
/// What a token rotation and a Kubernetes rolling update rely on: nginx reloads a changed tokens file on
/// SIGHUP without failing a request, and SIGQUIT lets requests in flight finish. Each test has its own nginx.
/// </summary>
public sealed class GatewayRotationTests(ITestOutputHelper output) : IAsyncLifetime
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

    /// <summary>Clients opening a connection per request: not one request may fail, none needs a retry.</summary>
    [Fact]
    public async Task Rotation_fails_no_request_new_connections() => await RotateAsync(keepAlive: false);

    /// <summary>
    /// Keep-alive clients: an old worker closes its idle keep-alive connections when a reload retires it, and
    /// a request sent on one at that instant is reset before any byte of a response (nginx 1.22 cannot avoid
    /// this race). That request was never processed, so it is safely retried once, as HTTP clients and the
    /// Google load balancer do for idempotent requests. No request may fail beyond that.
    /// </summary>
    [Fact]
    public async Task Rotation_fails_no_request_keep_alive_clients_retrying_resets() => await RotateAsync(keepAlive: true);

    [Fact]
    public async Task Quit_lets_requests_in_flight_finish()
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

    private async Task RotateAsync(bool keepAlive)
    {
        var (old, next) = (tokens.Ci, tokens.TeamA);

        // Add the new token while clients keep using the old one; then drop the old one while clients use the new.
        var adding = await UnderLoadAsync(old.Value, keepAlive, () => nginx.WriteTokens([old, next]), next.Value, expectedStatus: 200);
        var dropping = await UnderLoadAsync(next.Value, keepAlive, () => nginx.WriteTokens([next]), old.Value, expectedStatus: 401);

        output.WriteLine($"adding: {adding}; dropping: {dropping}");
        Assert.Equal(0, adding.Failed + dropping.Failed);
        Assert.True(keepAlive || adding.Retried + dropping.Retried == 0, "a new connection was reset");
        Assert.True(adding.Succeeded > 100 && dropping.Succeeded > 100, "too few requests ran to say anything");
        await Task.Delay(200);
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(401, (await SendAsync(nginx.Port, Get("/llm/x", "Authorization: Bearer " + old.Value))).Status);
            Assert.Equal(200, (await SendAsync(nginx.Port, Get("/llm/x", "Authorization: Bearer " + next.Value))).Status);
        }

        Assert.Contains("\"token\":\"team-a#1\"", nginx.AccessLog, StringComparison.Ordinal);
    }

    /// <summary>
    /// Four clients send <paramref name="token"/> in a bounded loop while the tokens file changes and nginx
    /// reloads (SIGHUP to the master we started); the load stops half a second after <paramref name="probe"/>
    /// gets <paramref name="expectedStatus"/> on a new connection, i.e. once the new configuration is live.
    /// </summary>
    private async Task<Load> UnderLoadAsync(string token, bool keepAlive, Action change, string probe, int expectedStatus)
    {
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{nginx.Port}"), Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var load = new Load();
        var clients = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 50_000 && !stop.IsCancellationRequested; i++)
            {
                load.Count(keepAlive ? await SendKeepAliveAsync(client, load) : (await SendAsync(nginx.Port, Get("/llm/x", "Authorization: Bearer " + token))).Status == 200);
            }
        })).ToList();

        await Task.Delay(500);
        change();
        nginx.Signal("HUP");
        await WaitForAsync(async () => (await SendAsync(nginx.Port, Get("/llm/x", "Authorization: Bearer " + probe))).Status == expectedStatus, TimeSpan.FromSeconds(10));
        await Task.Delay(500);
        await stop.CancelAsync();
        await Task.WhenAll(clients);
        return load;
    }

    private static async Task<bool> SendKeepAliveAsync(HttpClient client, Load load)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var response = await client.GetAsync("/llm/x");
                return response.IsSuccessStatusCode;
            }
            catch (HttpRequestException e) when (attempt == 1 && e.InnerException is IOException)
            {
                load.Retry();
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }
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

    private sealed class Load
    {
        private int succeeded;
        private int failed;
        private int retried;

        public int Succeeded => succeeded;

        public int Failed => failed;

        public int Retried => retried;

        public void Count(bool ok) => Interlocked.Increment(ref ok ? ref succeeded : ref failed);

        public void Retry() => Interlocked.Increment(ref retried);

        public override string ToString() => $"{Succeeded} succeeded, {Failed} failed, {Retried} retried after a reset";
    }
}
