using ServeInfra.Core.Gateway;
using ServeInfra.Core.Tests.Gateway.Infrastructure;
using ServeInfra.Core.Tests.Support;

namespace ServeInfra.Core.Tests.Gateway;

/// <summary>
/// The renderers against reviewed expected files, one row per folder under <c>Scenarios/</c>.
/// After an intended change, regenerate the expected files and review their diff:
/// <c>UPDATE_GOLDEN=1 dotnet test tests/ServeInfra.Core.Tests --filter FullyQualifiedName~GatewayGoldenTests</c>.
/// </summary>
public sealed class GatewayGoldenTests
{
    [Theory]
    [MemberData(nameof(GatewayScenario.Names), MemberType = typeof(GatewayScenario))]
    public void Renders_the_expected_files(string scenario)
    {
        var input = GatewayScenario.Load(scenario);
        var rendered = new Dictionary<string, string>
        {
            ["nginx.conf"] = GatewayConfigRenderer.Render(input.Settings),
            ["tokens.conf"] = GatewayTokensRenderer.Render(input.Tokens),
        };

        foreach (var (file, text) in rendered)
        {
            Golden.AssertMatches(Path.Combine("Gateway", "Scenarios", scenario, file), text);
        }
    }

    [Theory]
    [MemberData(nameof(GatewayScenario.Names), MemberType = typeof(GatewayScenario))]
    public void The_config_holds_no_token_value(string scenario)
    {
        var input = GatewayScenario.Load(scenario);
        var config = GatewayConfigRenderer.Render(input.Settings);

        Assert.All(input.Tokens, token => Assert.DoesNotContain(token.Value, config, StringComparison.Ordinal));
        Assert.Contains($"include {input.Settings.TokensFilePath};", config, StringComparison.Ordinal);
    }

    /// <summary>Every scenario's config runs in a real nginx (local address, port and paths; upstream on loopback).</summary>
    [Theory]
    [MemberData(nameof(GatewayScenario.Names), MemberType = typeof(GatewayScenario))]
    public async Task Nginx_runs_the_scenario(string scenario)
    {
        var input = GatewayScenario.Load(scenario);
        await using var upstream = new RecordingUpstream();
        await using var nginx = await NginxInstance.StartAsync(input.Settings with { UpstreamHost = "127.0.0.1", UpstreamPort = upstream.Port }, input.Tokens);

        var token = input.Tokens[0].Value;
        var response = await RawHttp.SendAsync(nginx.Port, RawHttp.Get("/x", $"Authorization: Bearer {token}"));

        Assert.Equal(200, response.Status);
        Assert.Equal("/x", Assert.Single(upstream.Received).Target);
        Assert.Equal(401, (await RawHttp.SendAsync(nginx.Port, RawHttp.Get("/x"))).Status);
        foreach (var route in input.Settings.Routes)
        {
            var login = await RawHttp.SendAsync(nginx.Port, RawHttp.Get(GatewayContract.DocsLoginPathAndQuery(input.Settings, route.AppName, token)));
            Assert.Equal((302, route.DocsPath), (login.Status, login.Header("Location")));
        }
    }
}
