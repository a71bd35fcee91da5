using System.Collections.Immutable;
using Pulumi.Testing;
using ServeInfra.Components.Cluster;
using ServeInfra.Core.Checks;
using ServeInfra.Tests.Support;
using static ServeInfra.Components.Tests.Cluster.PrivateClusterTests;

namespace ServeInfra.Components.Tests.Cluster;

/// <summary>
/// pulumi up returns when the endpoint serves: the RayService is awaited, traffic only reaches KubeRay's serve Service
/// (which follows the active Ray cluster), no Service waits on Ray pods, and a check in the cluster proves the endpoint.
/// </summary>
public class ReadinessTests
{
    public static TheoryData<bool, string> Modes() => new() { { true, "private" }, { false, "private" }, { true, "public" }, { false, "public" } };

    private static Task<MockRun> Run(bool preview, string access, params (string, string)[] extra) =>
        MockRun.Of(preview, TestSettings.Load([("access", access), .. extra]));

    private static ImmutableDictionary<string, object> Map(object value) => (ImmutableDictionary<string, object>)value;

    private static MockResourceArgs Job(MockRun run) => Assert.Single(run.Mocks.Registered, r => r.Type == "kubernetes:batch/v1:Job");

    private static ImmutableDictionary<string, object> CheckContainer(MockRun run) =>
        Map(((ImmutableArray<object>)Map(Map(Map(Job(run).Inputs["spec"])["template"])["spec"])["containers"]).Single());

    private static Dictionary<string, object> Environment(MockRun run) =>
        ((ImmutableArray<object>)CheckContainer(run)["env"]).Cast<ImmutableDictionary<string, object>>()
            .ToDictionary(e => (string)e["name"], e => e.TryGetValue("value", out var v) ? v : e["valueFrom"]);

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Up_waits_for_the_ray_service_to_be_ready_with_no_upgrade_in_progress(bool preview, string access)
    {
        var run = await Run(preview, access, ("serveReadyTimeoutSeconds", "3600"));

        var annotations = Map(Metadata(run.Mocks.Registered.Single(r => r.Type == "kubernetes:ray.io/v1:RayService"))["annotations"]);
        Assert.Equal("[\"condition=Ready\",\"condition=UpgradeInProgress=False\"]", annotations["pulumi.com/waitFor"]);
        Assert.Equal("3600", annotations["pulumi.com/timeoutSeconds"]);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task No_service_of_ours_selects_ray_pods_so_none_waits_on_not_ready_workers(bool preview, string access)
    {
        var run = await Run(preview, access);

        // pulumi-kubernetes v4.32.0 await/service.go: a Service is ready only with no not-ready endpoints; Ray workers
        // without a Serve replica stay NotReady. Only KubeRay's serve Service selects Ray pods, and it is never awaited.
        Assert.All(run.Mocks.Registered.Where(r => r.Type == "kubernetes:core/v1:Service"),
            service => Assert.Equal("serveinfra-gateway", Map(Spec(service)["selector"])["app.kubernetes.io/name"]));
        Assert.All(run.Mocks.Registered.Where(r => r.Type == "kubernetes:core/v1:ServicePatch"),
            patch => Assert.Equal("true", Map(Metadata(patch)["annotations"])["pulumi.com/skipAwait"]));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_gateway_forwards_to_kubernetes_serve_service_of_the_active_cluster(bool preview)
    {
        var run = await Run(preview, "public");

        var config = run.Mocks.Registered.Single(r => r.Type == "kubernetes:core/v1:ConfigMap");
        var nginx = (string)Map(config.Inputs["data"])["nginx.conf"];
        Assert.Contains("server serve-serve-svc.ray-serve.svc.cluster.local:8000;", nginx, StringComparison.Ordinal);
        Assert.False(Spec(run.Mocks.Registered.Single(r => r.Type == "kubernetes:ray.io/v1:RayService")).ContainsKey("serveService"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_private_cluster_exposes_kubernetes_serve_service_itself(bool preview)
    {
        var run = await Run(preview, "private");

        var declared = Map(Spec(run.Mocks.Registered.Single(r => r.Type == "kubernetes:ray.io/v1:RayService"))["serveService"]);
        Assert.Equal("LoadBalancer", Map(declared["spec"])["type"]);
        Assert.False(Map(declared["spec"]).ContainsKey("selector"));
        Assert.Equal("serve-serve-svc", Metadata(ServePatch(run))["name"]);
        Assert.Equal("true", Map(Metadata(ServePatch(run))["annotations"])["pulumi.com/patchForce"]);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task A_check_in_the_cluster_proves_the_endpoint_before_the_url_is_output(bool preview, string access)
    {
        var run = await Run(preview, access);

        var env = Environment(run);
        Assert.Equal(access == "public" ? "http://serve-gateway.ray-serve.svc.cluster.local:80" : $"http://{ServeMocks.InternalIp}/", env["SERVEINFRA_CHECK_URL"]);
        Assert.Equal("[\"/fruit\"]", env["SERVEINFRA_CHECK_ROUTES"]);
        Assert.Equal(["python3", "-c", EndpointCheck.Script], ((ImmutableArray<object>)CheckContainer(run)["command"]).Cast<string>());
        Assert.Equal(0.0, Map(Job(run).Inputs["spec"])["backoffLimit"]);
        Assert.Equal($"{EndpointCheckJob.AwaitSeconds}", Map(Metadata(Job(run))["annotations"])["pulumi.com/timeoutSeconds"]);
        if (access == "public")
        {
            // The token comes from a Secret, never as a plain value in the Job.
            var reference = Map(Map(env[EndpointCheck.TokenVariable])["secretKeyRef"]);
            Assert.StartsWith("serve-public-check-token", (string)reference["name"], StringComparison.Ordinal);
            var token = await OutputValues.Value(run.Component<ServeInfra.Components.Access.PublicEndpoint>().Token);
            Assert.DoesNotContain(token, Job(run).Inputs.ToString() + string.Join(",", env.Values), StringComparison.Ordinal);
        }

        Assert.StartsWith(access == "public" ? "https://" : "http://", await OutputValues.Value(run.Component<ServeCluster>().Url), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("private")]
    [InlineData("public")]
    public async Task The_check_can_be_turned_off(string access) =>
        Assert.DoesNotContain((await Run(false, access, ("endpointCheck", "false"))).Mocks.Registered, r => r.Type == "kubernetes:batch/v1:Job");

    [Fact]
    public async Task A_changed_application_runs_the_check_again()
    {
        var before = Environment(await Run(false, "private"));
        var after = Environment(await Run(false, "private", ("applications", "[{\"name\":\"fruit_app\",\"routePrefix\":\"/fruit\",\"importPath\":\"fruit.deployment_graph\",\"runtimeEnv\":{\"envVars\":{\"MODE\":\"b\"}}}]")));

        Assert.NotEqual(before["SERVEINFRA_CHECK_REVISION"], after["SERVEINFRA_CHECK_REVISION"]);
    }

    [Theory]
    [InlineData("0", null)]
    [InlineData("3600", "3600")]
    public async Task Public_stacks_wait_for_the_certificate_only_when_asked(string seconds, string? expected)
    {
        var run = await Run(false, "public", ("certificateTimeoutSeconds", seconds));

        var annotations = Map(Metadata(run.Mocks.Registered.Single(r => r.Type == "kubernetes:networking.gke.io/v1:ManagedCertificate"))["annotations"]);
        Assert.Equal(expected, annotations.GetValueOrDefault("pulumi.com/timeoutSeconds") as string);
        Assert.Equal(expected is null ? null : "jsonpath={.status.certificateStatus}=Active", annotations.GetValueOrDefault("pulumi.com/waitFor") as string);
    }
}
