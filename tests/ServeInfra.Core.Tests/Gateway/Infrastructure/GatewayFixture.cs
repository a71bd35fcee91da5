using ServeInfra.Core.Gateway;

namespace ServeInfra.Core.Tests.Gateway.Infrastructure;

/// <summary>One recording upstream and one nginx running the rendered gateway, shared by a test class.</summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    public TestTokens Tokens { get; } = new();

    public RecordingUpstream Upstream { get; } = new();

    public NginxInstance Nginx { get; private set; } = null!;

    /// <summary>The settings the end-to-end tests run: three routes, one worker, a 1 MiB body limit (cheap 413s).</summary>
    public static GatewaySettings Settings(int upstreamPort) => new()
    {
        UpstreamHost = "127.0.0.1",
        UpstreamPort = upstreamPort,
        Routes =
        [
            new GatewayRoute { AppName = "llm", RoutePrefix = "/llm" },
            new GatewayRoute { AppName = "default", RoutePrefix = "/" },
            new GatewayRoute { AppName = "my-app_2", RoutePrefix = "/my.app" },
        ],
        WorkerProcesses = 1,
        ClientMaxBodySizeMegabytes = 1,
    };

    public async Task InitializeAsync() => Nginx = await NginxInstance.StartAsync(Settings(Upstream.Port), Tokens.All);

    public async Task DisposeAsync()
    {
        if (Nginx is not null)
        {
            await Nginx.DisposeAsync();
        }

        await Upstream.DisposeAsync();
    }
}
