using System.Diagnostics;
using ServeInfra.Core.Checks;
using ServeInfra.Core.Gateway;
using ServeInfra.Core.Tests.Gateway.Infrastructure;

namespace ServeInfra.Core.Tests.Checks;

/// <summary>
/// The endpoint check's own program, run with python3 exactly as the Job runs it, against a fake Serve directly
/// (private) and through the real gateway nginx (public).
/// </summary>
public class EndpointCheckTests
{
    private static readonly Dictionary<string, string> FruitTable = new() { ["/fruit"] = "fruit_app" };

    private static async Task<(int ExitCode, string Output)> Check(string url, string? token, params string[] routes)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in EndpointCheckJob.Command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in EndpointCheck.Environment(url, routes, seconds: 2))
        {
            start.Environment[name] = value;
        }

        start.Environment["SERVEINFRA_CHECK_INTERVAL"] = "0.2";
        if (token is not null)
        {
            start.Environment[EndpointCheck.TokenVariable] = token;
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output.Trim());
    }

    private static Task<NginxInstance> Gateway(FakeServe serve, GatewayToken token) => NginxInstance.StartAsync(
        new GatewaySettings { UpstreamHost = "127.0.0.1", UpstreamPort = serve.Port, Routes = [new GatewayRoute { AppName = "fruit_app", RoutePrefix = "/fruit" }] },
        [token]);

    [Fact]
    public async Task A_private_endpoint_passes_when_serve_routes_every_application()
    {
        using var serve = new FakeServe(FruitTable);

        var (code, output) = await Check(serve.Url, null, "/fruit");

        Assert.Equal((0, $"ok: {serve.Url} serves /fruit"), (code, output));
    }

    [Fact]
    public async Task It_fails_naming_the_route_serve_does_not_have()
    {
        using var serve = new FakeServe(FruitTable);

        var (code, output) = await Check(serve.Url, null, "/fruit", "/summarize");

        Assert.Equal((1, "FAILED: Serve answers but does not route /summarize yet"), (code, output));
    }

    [Fact]
    public async Task It_fails_when_nothing_answers()
    {
        using var serve = new FakeServe(FruitTable);
        var url = serve.Url;
        serve.Dispose();

        var (code, output) = await Check(url, null, "/fruit");

        Assert.Equal(1, code);
        Assert.StartsWith($"FAILED: cannot reach {url}: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_public_endpoint_passes_with_the_token_and_proves_the_gateway_refuses_without_it()
    {
        using var serve = new FakeServe(FruitTable);
        var token = new GatewayToken { Name = "default-a", Label = "default#1", Value = GatewayTokenGenerator.Generate() };
        await using var gateway = await Gateway(serve, token);

        var (code, output) = await Check($"http://127.0.0.1:{gateway.Port}", token.Value, "/fruit");

        Assert.Equal((0, $"ok: http://127.0.0.1:{gateway.Port} serves /fruit and refuses requests without the token"), (code, output));
        Assert.DoesNotContain(token.Value, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_token_fails_with_the_gateways_status_and_shows_no_token()
    {
        using var serve = new FakeServe(FruitTable);
        var token = new GatewayToken { Name = "default-a", Label = "default#1", Value = GatewayTokenGenerator.Generate() };
        await using var gateway = await Gateway(serve, token);
        var wrong = GatewayTokenGenerator.Generate();

        var (code, output) = await Check($"http://127.0.0.1:{gateway.Port}", wrong, "/fruit");

        Assert.Equal((1, "FAILED: GET /-/routes with the token answered 401, not Serve's route table"), (code, output));
        Assert.DoesNotContain(wrong, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_endpoint_that_serves_without_the_token_fails()
    {
        using var serve = new FakeServe(FruitTable);

        var (code, output) = await Check(serve.Url, GatewayTokenGenerator.Generate(), "/fruit");

        Assert.Equal((1, "FAILED: without the token the endpoint answered 200, not the gateway's 401"), (code, output));
    }
}
