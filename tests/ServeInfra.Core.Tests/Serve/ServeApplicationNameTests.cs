using ServeInfra.Core.Access;
using ServeInfra.Core.Configuration;
using ServeInfra.Core.Gateway;
using ServeInfra.Core.Tests.Support;

namespace ServeInfra.Core.Tests.Serve;

/// <summary>
/// One rule for an application's name: what stack config accepts, the gateway renders. Before, "_app" passed the
/// loader and then made the gateway renderer throw inside the public endpoint, after other resources were registered.
/// </summary>
public class ServeApplicationNameTests
{
    [Theory]
    [InlineData("fruit_app", true)]
    [InlineData("my-app_2", true)]
    [InlineData("A1", true)]
    [InlineData("_app", false)]
    [InlineData("-app", false)]
    [InlineData("my.app", false)]
    [InlineData("", false)]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234", false)]
    public void The_loader_and_the_gateway_accept_exactly_the_same_names(string name, bool valid)
    {
        var apps = $"[{{\"name\":\"{name}\",\"routePrefix\":\"/x\",\"importPath\":\"pkg.mod:app\"}}]";
        var loaded = StackConfigLoader.Load(RawConfig.With(("access", "public"), ("applications", apps)), "dev");

        Assert.Equal(valid, loaded.IsValid);
        if (loaded.IsValid)
        {
            GatewayConfigRenderer.Render(PublicGatewayPlan.Settings(loaded.Settings!.Cluster, (PublicAccess)loaded.Settings.Cluster.Access));
        }
        else
        {
            Assert.Contains(loaded.Errors, e => e.Key == "serveinfra:applications[0].name");
            var gateway = new GatewaySettings { UpstreamHost = "serve", Routes = [new GatewayRoute { AppName = name, RoutePrefix = "/x" }] };
            Assert.Throws<ArgumentException>(() => GatewayConfigRenderer.Render(gateway));
        }
    }
}
