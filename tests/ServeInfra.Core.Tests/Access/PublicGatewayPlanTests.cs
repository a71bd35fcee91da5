using ServeInfra.Core.Access;
using ServeInfra.Core.Configuration;
using ServeInfra.Core.Gateway;
using ServeInfra.Core.Tests.Support;
using ServeInfra.Core.Tokens;

namespace ServeInfra.Core.Tests.Access;

public class PublicGatewayPlanTests
{
    private static (Core.Settings.ClusterSettings Cluster, PublicAccess Access) Public(params (string, string?)[] config)
    {
        var settings = StackConfigLoader.Load(RawConfig.With([("access", "public"), .. config]), "dev").Settings!;
        return (settings.Cluster, (PublicAccess)settings.Cluster.Access);
    }

    [Fact]
    public void The_gateway_forwards_to_the_clusters_serve_service_with_its_timeout_and_routes()
    {
        var (cluster, access) = Public(("backendTimeoutSeconds", "900"), ("clusterName", "llm"),
            ("applications", "[{\"name\":\"chat\",\"routePrefix\":\"/v1\",\"importPath\":\"m:app\"},{\"name\":\"root\",\"routePrefix\":\"/\",\"importPath\":\"m:root\"}]"));

        var gateway = PublicGatewayPlan.Settings(cluster, access);

        Assert.Equal("llm-serve-svc.ray-llm.svc.cluster.local", gateway.UpstreamHost);
        Assert.Equal(8000, gateway.UpstreamPort);
        Assert.Equal((900, 900), (gateway.ProxyReadTimeoutSeconds, gateway.ProxySendTimeoutSeconds));
        Assert.Equal(["chat /v1/docs", "root /docs"], gateway.Routes.Select(r => $"{r.AppName} {r.DocsPath}"));
        Assert.Equal("/etc/serveinfra/gateway-tokens/tokens.conf", gateway.TokensFilePath);
        Assert.Empty(gateway.Validate());
        Assert.True(gateway.UpstreamKeepaliveTimeoutSeconds < ServeInfra.Core.Serve.ServeConfigRenderer.KeepAliveTimeoutSeconds);
    }

    [Fact]
    public void Tokens_pair_each_valid_slot_with_its_value_under_the_tokens_name()
    {
        var slots = TokenPlan.ValidSlots([new TokenSettings { Name = "default", Generation = 2 }]);

        // Generation 2 in the current format, generation 1 made before it: both are accepted.
        var tokens = PublicGatewayPlan.Tokens(slots, ["b".PadRight(50, 'b'), "A".PadRight(43, 'a')]);

        Assert.Equal(["default default#2", "default default#1"], tokens.Select(t => $"{t.Name} {t.Label}"));
        Assert.Empty(GatewayTokensRenderer.Validate(tokens));
        Assert.Throws<ArgumentException>(() => PublicGatewayPlan.Tokens(slots, ["only-one"]));
    }

    [Fact]
    public void A_tokens_rate_limit_becomes_a_gateway_limit_on_its_name()
    {
        var (cluster, access) = Public(("tokens", "[{\"name\":\"default\"},{\"name\":\"ci\",\"requestsPerSecond\":5},{\"name\":\"batch\",\"requestsPerSecond\":2,\"burst\":0}]"));

        var gateway = PublicGatewayPlan.Settings(cluster, access);

        Assert.Equal(["batch 2/0", "ci 5/5"], gateway.RateLimits.Select(l => $"{l.TokenName} {l.RequestsPerSecond}/{l.Burst}").Order(StringComparer.Ordinal));
        Assert.Equal("https", gateway.ForwardedProto);
        Assert.Empty(gateway.Validate());
    }

    [Theory]
    [InlineData(null, "34.1.2.3.sslip.io")]
    [InlineData("serve.example.com", "serve.example.com")]
    public void The_host_is_the_domain_or_a_trial_name(string? domain, string expected) =>
        Assert.Equal(expected, PublicGatewayPlan.Host(new PublicAccess { Domain = domain }, "34.1.2.3"));

    [Fact]
    public void Docs_links_point_at_the_login_path_for_each_app()
    {
        var (cluster, access) = Public();
        var gateway = PublicGatewayPlan.Settings(cluster, access);

        var links = PublicGatewayPlan.DocsLinks(gateway, "serve.example.com", "TOKEN");

        Assert.Equal("https://serve.example.com/_gateway/docs?app=fruit_app&token=TOKEN", Assert.Single(links).Value);
    }

    [Fact]
    public void Private_source_ranges_start_with_the_vpc_and_drop_duplicates()
    {
        var settings = StackConfigLoader.Load(RawConfig.With(("privateSourceRanges", "[\"10.16.0.0/14\",\"192.168.0.0/16\"]")), "dev").Settings!;

        var ranges = ((PrivateAccess)settings.Cluster.Access).SourceRanges(settings.Cloud.Network);

        Assert.Equal(["10.10.0.0/20", "10.16.0.0/14", "192.168.0.0/16"], ranges.Select(r => r.ToString()));
    }

    [Fact]
    public void The_access_stamp_is_on_every_label_set()
    {
        var labels = AccessStamp.Labels("serve", new PrivateAccess());

        Assert.Equal("private", labels[AccessStamp.Label]);
        Assert.Equal("serve", labels[AccessStamp.ClusterLabel]);
        Assert.Equal("metadata.labels[\"serveinfra.dev/access\"]", AccessStamp.KubernetesReplacePath);
    }
}
