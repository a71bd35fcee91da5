using ServeInfra.Core.Gateway;

namespace ServeInfra.Core.Tests.Gateway;

public sealed class GatewaySettingsValidationTests
{
    private static readonly GatewaySettings Valid = new()
    {
        UpstreamHost = "serve-svc.ray.svc.cluster.local",
        Routes = [new GatewayRoute { AppName = "llm", RoutePrefix = "/llm" }, new GatewayRoute { AppName = "default", RoutePrefix = "/" }],
    };

    private static readonly Dictionary<string, (Func<GatewaySettings, GatewaySettings> Change, string Message)> Invalid = new()
    {
        ["listen address is a name"] = (s => s with { ListenAddress = "localhost" }, "GatewaySettings.ListenAddress: 'localhost'"),
        ["listen address is IPv6"] = (s => s with { ListenAddress = "::" }, "use an IPv4 address"),
        ["listen address out of range"] = (s => s with { ListenAddress = "256.0.0.1" }, "ListenAddress: '256.0.0.1'"),
        ["listen port 0"] = (s => s with { ListenPort = 0 }, "ListenPort: '0' is not allowed; use a port 1-65535"),
        ["listen port too high"] = (s => s with { ListenPort = 65536 }, "ListenPort: '65536'"),
        ["upstream with scheme"] = (s => s with { UpstreamHost = "http://serve" }, "UpstreamHost: 'http://serve'"),
        ["upstream with port"] = (s => s with { UpstreamHost = "serve:8000" }, "without scheme or port"),
        ["upstream with directive"] = (s => s with { UpstreamHost = "serve; include /etc/passwd" }, "UpstreamHost"),
        ["upstream empty"] = (s => s with { UpstreamHost = "" }, "UpstreamHost: ''"),
        ["upstream label starts with dash"] = (s => s with { UpstreamHost = "-serve" }, "UpstreamHost"),
        ["upstream port 0"] = (s => s with { UpstreamPort = 0 }, "UpstreamPort: '0'"),
        ["health path root"] = (s => s with { HealthPath = "/" }, "HealthPath: '/'"),
        ["health path relative"] = (s => s with { HealthPath = "healthz" }, "HealthPath: 'healthz'"),
        ["health path trailing slash"] = (s => s with { HealthPath = "/healthz/" }, "HealthPath"),
        ["health path with query"] = (s => s with { HealthPath = "/healthz?x" }, "HealthPath"),
        ["health path with dot-dot"] = (s => s with { HealthPath = "/a/../healthz" }, "HealthPath"),
        ["health path with brace"] = (s => s with { HealthPath = "/a{" }, "HealthPath"),
        ["login path with space"] = (s => s with { DocsLoginPath = "/docs login" }, "DocsLoginPath: '/docs login'"),
        ["login path equals health path"] = (s => s with { DocsLoginPath = s.HealthPath }, "use a path different from HealthPath"),
        ["tokens file relative"] = (s => s with { TokensFilePath = "tokens.conf" }, "TokensFilePath: 'tokens.conf'"),
        ["tokens file with variable"] = (s => s with { TokensFilePath = "/etc/$x/tokens.conf" }, "TokensFilePath"),
        ["tokens file with semicolon"] = (s => s with { TokensFilePath = "/etc/x;y" }, "TokensFilePath"),
        ["runtime directory root"] = (s => s with { RuntimeDirectory = "/" }, "RuntimeDirectory: '/'"),
        ["runtime directory trailing slash"] = (s => s with { RuntimeDirectory = "/tmp/" }, "RuntimeDirectory"),
        ["access log not a path"] = (s => s with { AccessLogPath = "stdout" }, "AccessLogPath: 'stdout'"),
        ["error log with space"] = (s => s with { ErrorLogPath = "/dev/std err" }, "ErrorLogPath"),
        ["no workers"] = (s => s with { WorkerProcesses = 0 }, "WorkerProcesses: '0' is not allowed; use 1-64"),
        ["too few connections"] = (s => s with { WorkerConnections = 10 }, "WorkerConnections: '10'"),
        ["body limit 0 (nginx: unlimited)"] = (s => s with { ClientMaxBodySizeMegabytes = 0 }, "ClientMaxBodySizeMegabytes: '0'"),
        ["connect timeout over nginx's cap"] = (s => s with { ProxyConnectTimeoutSeconds = 76 }, "ProxyConnectTimeoutSeconds: '76'"),
        ["read timeout 0"] = (s => s with { ProxyReadTimeoutSeconds = 0 }, "ProxyReadTimeoutSeconds: '0'"),
        ["send timeout too long"] = (s => s with { ProxySendTimeoutSeconds = 3601 }, "ProxySendTimeoutSeconds"),
        ["client keep-alive 0"] = (s => s with { ClientKeepaliveTimeoutSeconds = 0 }, "ClientKeepaliveTimeoutSeconds"),
        ["upstream keep-alive 0"] = (s => s with { UpstreamKeepaliveTimeoutSeconds = 0 }, "UpstreamKeepaliveTimeoutSeconds"),
        ["upstream pool 0"] = (s => s with { UpstreamKeepaliveConnections = 0 }, "UpstreamKeepaliveConnections"),
        ["forwarded proto from the request"] = (s => s with { ForwardedProto = "$scheme" }, "ForwardedProto: '$scheme' is not allowed; use https"),
        ["forwarded proto upper case"] = (s => s with { ForwardedProto = "HTTPS" }, "ForwardedProto: 'HTTPS'"),
        ["rate limits null"] = (s => s with { RateLimits = null! }, "GatewaySettings.RateLimits: is null"),
        ["rate limit on an upper-case name"] = (s => WithLimit(s, "CI", 1, 0), "RateLimits[0].TokenName: 'CI' is not allowed; use 1-64 characters of a-z 0-9 . _ -."),
        ["rate limit on a name with a space"] = (s => WithLimit(s, "c i", 1, 0), "RateLimits[0].TokenName: 'c i'"),
        ["rate limit of 0 per second"] = (s => WithLimit(s, "ci", 0, 0), "RateLimits[0].RequestsPerSecond: '0' is not allowed; use 1-100000."),
        ["rate limit too high"] = (s => WithLimit(s, "ci", 100_001, 0), "RateLimits[0].RequestsPerSecond: '100001'"),
        ["negative burst"] = (s => WithLimit(s, "ci", 1, -1), "RateLimits[0].Burst: '-1' is not allowed; use 0-100000."),
        ["two limits on one name"] = (s => WithLimit(WithLimit(s, "ci", 1, 0), "ci", 2, 0), "RateLimits[1].TokenName: 'ci' has another limit"),
        ["routes null"] = (s => s with { Routes = null! }, "GatewaySettings.Routes: is null"),
        ["app name empty"] = (s => WithRoute(s, "", "/x"), "Routes[2].AppName: ''"),
        ["app name starts with dot"] = (s => WithRoute(s, ".x", "/x"), "Routes[2].AppName: '.x'"),
        ["app name with space"] = (s => WithRoute(s, "my app", "/x"), "Routes[2].AppName"),
        ["app name with quote"] = (s => WithRoute(s, "x\"y", "/x"), "Routes[2].AppName"),
        ["app name twice"] = (s => WithRoute(s, "llm", "/other"), "Routes[2].AppName: 'llm' appears twice"),
        ["prefix relative"] = (s => WithRoute(s, "x", "x"), "Routes[2].RoutePrefix: 'x'"),
        ["prefix trailing slash"] = (s => WithRoute(s, "x", "/x/"), "Routes[2].RoutePrefix: '/x/'"),
        ["prefix double slash"] = (s => WithRoute(s, "x", "//x"), "Routes[2].RoutePrefix: '//x'"),
        ["prefix dot-dot"] = (s => WithRoute(s, "x", "/a/.."), "Routes[2].RoutePrefix"),
        ["prefix with query"] = (s => WithRoute(s, "x", "/x?y"), "Routes[2].RoutePrefix"),
        ["prefix used twice"] = (s => WithRoute(s, "x", "/llm"), "Routes[2].RoutePrefix: '/llm' is used by another app"),
        ["prefix over the gateway's paths"] = (s => WithRoute(s, "x", "/_gateway"), "overlaps the gateway's own paths"),
        ["prefix equal to the health path"] = (s => WithRoute(s, "x", "/_gateway/healthz"), "overlaps the gateway's own paths"),
        ["docs path equal to the login path"] = (s => WithRoute(s with { DocsLoginPath = "/x/docs" }, "x", "/x"), "overlaps the gateway's own paths"),
    };

    public static TheoryData<string> InvalidNames() => new(Invalid.Keys);

    [Fact]
    public void Defaults_with_an_upstream_are_valid() => Assert.Empty(Valid.Validate());

    [Fact]
    public void Defaults_fit_the_unprivileged_image()
    {
        Assert.Equal(("0.0.0.0", 8080, "/tmp"), (Valid.ListenAddress, Valid.ListenPort, Valid.RuntimeDirectory));
        Assert.Equal(("/dev/stdout", "/dev/stderr"), (Valid.AccessLogPath, Valid.ErrorLogPath));
        Assert.Equal((8000, 100, 300), (Valid.UpstreamPort, Valid.ClientMaxBodySizeMegabytes, Valid.ProxyReadTimeoutSeconds));
        // Behind the load balancer, which terminates TLS and redirects plain HTTP; no token limited unless asked.
        Assert.Equal(("https", 0), (Valid.ForwardedProto, Valid.RateLimits.Count));
    }

    [Theory]
    [MemberData(nameof(InvalidNames))]
    public void Rejects_with_a_message_naming_setting_value_and_fix(string name)
    {
        var (change, message) = Invalid[name];

        var errors = change(Valid).Validate();

        Assert.Contains(errors, error => error.Contains(message, StringComparison.Ordinal));
        Assert.Throws<ArgumentException>(() => GatewayConfigRenderer.Render(change(Valid)));
    }

    [Fact]
    public void Collects_every_error_at_once()
    {
        var settings = Valid with { ListenPort = 0, UpstreamHost = "http://x", HealthPath = "x", WorkerProcesses = 0 };

        var error = Assert.Throws<ArgumentException>(() => GatewayConfigRenderer.Render(settings));

        Assert.Equal(4, settings.Validate().Count);
        foreach (var setting in new[] { "ListenPort", "UpstreamHost", "HealthPath", "WorkerProcesses" })
        {
            Assert.Contains($"GatewaySettings.{setting}:", error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/", "/docs")]
    [InlineData("/llm", "/llm/docs")]
    [InlineData("/a/b.c", "/a/b.c/docs")]
    public void Docs_path_follows_the_route_prefix(string prefix, string docs) =>
        Assert.Equal(docs, new GatewayRoute { AppName = "x", RoutePrefix = prefix }.DocsPath);

    private static GatewaySettings WithRoute(GatewaySettings settings, string app, string prefix) =>
        settings with { Routes = [.. settings.Routes, new GatewayRoute { AppName = app, RoutePrefix = prefix }] };

    private static GatewaySettings WithLimit(GatewaySettings settings, string name, int rate, int burst) =>
        settings with { RateLimits = [.. settings.RateLimits, new GatewayRateLimit { TokenName = name, RequestsPerSecond = rate, Burst = burst }] };
}
