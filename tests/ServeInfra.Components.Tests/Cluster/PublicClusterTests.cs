using System.Collections.Immutable;
using ServeInfra.Components.Access;
using ServeInfra.Components.Cluster;
using ServeInfra.Core.Access;
using ServeInfra.Tests.Support;
using static ServeInfra.Components.Tests.Cluster.PrivateClusterTests;

namespace ServeInfra.Components.Tests.Cluster;

public class PublicClusterTests
{
    private static Task<MockRun> Public(bool preview = false, params (string, string)[] extra) =>
        MockRun.Of(preview, TestSettings.Load([("access", "public"), .. extra]));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Token_tokens_and_docs_links_are_secret(bool preview)
    {
        var run = await Public(preview);

        var endpoint = run.Component<PublicEndpoint>();
        Assert.True(await OutputValues.IsSecret(endpoint.Token));
        Assert.True(await OutputValues.IsSecret(endpoint.Tokens));
        Assert.True(await OutputValues.IsSecret(endpoint.DocsLinks));
        var token = await OutputValues.Value(endpoint.Token);
        Assert.Matches("^[a-z0-9]{50}$", token);
        var links = await OutputValues.Value(endpoint.DocsLinks);
        Assert.Equal($"https://{ServeMocks.GlobalIp}.sslip.io/_gateway/docs?app=fruit_app&token={token}", links["fruit_app"]);
        Assert.Equal($"https://{ServeMocks.GlobalIp}.sslip.io/", await OutputValues.Value(run.Component<ServeCluster>().Url));
    }

    [Fact]
    public async Task The_tokens_output_maps_each_name_to_its_current_value_only()
    {
        var run = await Public(false, ("tokens", "[{\"name\":\"default\",\"generation\":2},{\"name\":\"ci\"}]"));

        var endpoint = run.Component<PublicEndpoint>();
        var tokens = await OutputValues.Value(endpoint.Tokens);
        Assert.Equal(["ci", "default"], tokens.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(await OutputValues.Value(endpoint.Token), tokens["default"]);
        Assert.NotEqual(tokens["ci"], tokens["default"]);
    }

    [Fact]
    public async Task A_configured_domain_is_the_host_and_the_certificate_domain()
    {
        var run = await Public(false, ("domain", "serve.example.com"));

        Assert.Equal("https://serve.example.com/", await OutputValues.Value(run.Component<ServeCluster>().Url));
        var certificate = run.Mocks.Registered.Single(r => r.Type == "kubernetes:networking.gke.io/v1:ManagedCertificate");
        Assert.Equal(["serve.example.com"], ((ImmutableArray<object>)Spec(certificate)["domains"]).Cast<string>());
    }

    [Fact]
    public async Task The_ingress_uses_the_gce_class_annotation_the_static_ip_and_https_redirect()
    {
        var run = await Public();

        var ingress = run.Mocks.Registered.Single(r => r.Type == "kubernetes:networking.k8s.io/v1:Ingress");
        var annotations = (ImmutableDictionary<string, object>)Metadata(ingress)["annotations"];
        Assert.Equal("gce", annotations["kubernetes.io/ingress.class"]);
        Assert.Equal("serve-public-ip-1234567", annotations["kubernetes.io/ingress.global-static-ip-name"]);
        Assert.False(Spec(ingress).ContainsKey("ingressClassName"));
        var frontend = run.Mocks.Registered.Single(r => r.Type == "kubernetes:networking.gke.io/v1beta1:FrontendConfig");
        Assert.Equal(true, ((ImmutableDictionary<string, object>)Spec(frontend)["redirectToHttps"])["enabled"]);
    }

    [Fact]
    public async Task The_backend_config_checks_the_gateway_health_path_and_keeps_tokens_out_of_lb_logs()
    {
        var run = await Public(false, ("backendTimeoutSeconds", "900"));

        var backend = Spec(run.Mocks.Registered.Single(r => r.Type == "kubernetes:cloud.google.com/v1:BackendConfig"));
        Assert.Equal(900, Convert.ToInt32(backend["timeoutSec"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("/_gateway/healthz", ((ImmutableDictionary<string, object>)backend["healthCheck"])["requestPath"]);
        Assert.Equal(false, ((ImmutableDictionary<string, object>)backend["logging"])["enable"]);
    }

    [Fact]
    public async Task The_gateway_is_hardened_and_rolls_without_losing_capacity()
    {
        var run = await Public();

        var deployment = Spec(run.Mocks.Registered.Single(r => r.Type == "kubernetes:apps/v1:Deployment"));
        Assert.Equal(2, Convert.ToInt32(deployment["replicas"], System.Globalization.CultureInfo.InvariantCulture));
        var rolling = (ImmutableDictionary<string, object>)((ImmutableDictionary<string, object>)deployment["strategy"])["rollingUpdate"];
        Assert.Equal(0, Convert.ToInt32(rolling["maxUnavailable"], System.Globalization.CultureInfo.InvariantCulture));
        var pod = (ImmutableDictionary<string, object>)((ImmutableDictionary<string, object>)deployment["template"])["spec"];
        var container = (ImmutableDictionary<string, object>)((ImmutableArray<object>)pod["containers"])[0];
        Assert.Equal(PublicGatewayPlan.Image, container["image"]);
        var security = (ImmutableDictionary<string, object>)container["securityContext"];
        Assert.Equal(true, security["readOnlyRootFilesystem"]);
        Assert.Equal(true, ((ImmutableDictionary<string, object>)pod["securityContext"])["runAsNonRoot"]);
        var budget = Assert.Single(run.Mocks.Registered, r => r.Type == "kubernetes:policy/v1:PodDisruptionBudget" && (string)Metadata(r)["name"] == "serve-gateway");
        Assert.Equal(1, Convert.ToInt32(Spec(budget)["maxUnavailable"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_token_secret_holds_the_token_map_and_no_plain_config_does()
    {
        var run = await Public();
        var token = await OutputValues.Value(run.Component<PublicEndpoint>().Token);

        var config = run.Mocks.Registered.Single(r => r.Type == "kubernetes:core/v1:ConfigMap");
        Assert.DoesNotContain(token, config.Inputs["data"].ToString() + string.Join(",", ((ImmutableDictionary<string, object>)config.Inputs["data"]).Values), StringComparison.Ordinal);
        var secret = run.Mocks.Registered.Single(r => r.Type == "kubernetes:core/v1:Secret" && r.Name == "serve-public-gateway-tokens");
        var tokensFile = (string)((ImmutableDictionary<string, object>)secret.Inputs["stringData"])[PublicGatewayPlan.TokensFileName];
        Assert.Contains(token, tokensFile, StringComparison.Ordinal);
        Assert.Contains("default#1", tokensFile, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Only_the_ray_service_carries_a_replace_trigger(bool preview)
    {
        var run = await Public(preview);

        var dependent = run.Seen.Where(r => r.Name.StartsWith("serve-public-", StringComparison.Ordinal) || r.Name.StartsWith("serve-rayservice", StringComparison.Ordinal)).ToList();
        Assert.True(dependent.Count >= 14, $"only {dependent.Count} access-dependent children");
        Assert.Equal(["serve-rayservice"], dependent.Where(r => r.Options.ReplaceOnChanges.Count > 0).Select(r => r.Name));
        Assert.Contains(dependent, r => r.Type == "random:index/randomPassword:RandomPassword");
    }
}
