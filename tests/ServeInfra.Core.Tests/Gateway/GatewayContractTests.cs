using ServeInfra.Core.Gateway;

namespace ServeInfra.Core.Tests.Gateway;

public sealed class GatewayContractTests
{
    private static readonly GatewaySettings Settings = new()
    {
        UpstreamHost = "serve",
        Routes = [new GatewayRoute { AppName = "llm", RoutePrefix = "/llm" }, new GatewayRoute { AppName = "default", RoutePrefix = "/" }],
    };

    [Fact]
    public void Nginx_runs_in_the_foreground_with_the_given_config() =>
        Assert.Equal(["-c", "/etc/serveinfra/gateway/nginx.conf", "-g", "daemon off;"], GatewayContract.NginxArguments("/etc/serveinfra/gateway/nginx.conf"));

    [Fact]
    public void Docs_login_link_selects_the_app_by_name() =>
        Assert.Equal("/_gateway/docs?app=llm&token=T0k3n", GatewayContract.DocsLoginPathAndQuery(Settings, "llm", "T0k3n"));

    [Fact]
    public void Docs_login_link_for_an_unknown_app_names_the_known_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => GatewayContract.DocsLoginPathAndQuery(Settings, "nope", "T0k3n"));

        Assert.Contains("App 'nope' has no route; use one of: llm, default.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rendered_config_uses_the_contract_names()
    {
        var config = GatewayConfigRenderer.Render(Settings);

        Assert.Contains($"{GatewayContract.CookieName}=$serveinfra_presented_token; Path=/; HttpOnly; Secure; SameSite=Lax", config, StringComparison.Ordinal);
        Assert.Contains($"$arg_{GatewayContract.TokenQueryParameter};", config, StringComparison.Ordinal);
        Assert.Contains($"map $arg_{GatewayContract.AppQueryParameter} ", config, StringComparison.Ordinal);
    }
}
