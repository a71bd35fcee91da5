using ServeInfra.Core.Isolation;
using ServeInfra.Core.Networking;
using ServeInfra.Core.Ray;
using ServeInfra.Tests.Support;

namespace ServeInfra.Components.Tests.Cluster;

/// <summary>
/// The NetworkPolicies each mode registers, read back from the mock engine: the same content as Core's policy set
/// (whose semantics Core's tests state caller by caller), and, asked directly, who reaches which port.
/// </summary>
public class IsolationTests
{
    private static readonly int[] RayPorts = [8000, 8265, 6379, 10001, 52365, 8080];

    [Theory]
    [InlineData("private", true)]
    [InlineData("private", false)]
    [InlineData("public", true)]
    [InlineData("public", false)]
    public async Task The_registered_policies_are_cores_policy_set(string mode, bool preview)
    {
        var settings = TestSettings.Load(("access", mode), ("privateSourceRanges", mode == "private" ? "[\"192.168.10.0/24\"]" : "[]"));
        var run = await MockRun.Of(preview, settings);

        var registered = RegisteredPolicies.Of(run).SelectMany(RegisteredPolicies.Describe);
        var expected = ClusterIsolation.Policies(settings.Cluster, settings.Cloud.Network).OrderBy(p => p.Name, StringComparer.Ordinal).SelectMany(RegisteredPolicies.Describe);
        Assert.Equal(expected, registered);
    }

    [Fact]
    public async Task Private_serve_port_admits_the_load_balancers_ranges_and_every_pod_nothing_else_reaches_ray()
    {
        var run = await MockRun.Of(false, TestSettings.Load(("privateSourceRanges", "[\"192.168.10.0/24\"]")));
        var ray = Assert.Single(RegisteredPolicies.Of(run));

        Assert.Equal("serve-ray", ray.Name);
        Assert.Equal([8000], Open(ray, Address("10.10.3.7/32")));
        Assert.Equal([8000], Open(ray, Address("10.16.0.9/32")));
        Assert.Equal([8000], Open(ray, Address("192.168.10.5/32")));
        Assert.Equal([8000], Open(ray, Pod(new Dictionary<string, string> { ["app"] = "web" }, "default")));
        Assert.Empty(Open(ray, Address("10.200.0.1/32")));
        Assert.Empty(Open(ray, Address("35.191.0.1/32")));
        Assert.Equal([8000, 8265], Open(ray, Pod(KubeRayOperator.PodLabels, KubeRayOperator.Namespace)));
        Assert.Equal(RayPorts, Open(ray, Pod(RayServiceSpec.RayPodLabels("serve"), "ray-serve")));
    }

    [Fact]
    public async Task Public_serve_port_admits_the_gateway_only_and_the_gateway_the_load_balancer_only()
    {
        var run = await MockRun.Of(false, TestSettings.Load(("access", "public")));
        var policies = RegisteredPolicies.Of(run);
        var gateway = Assert.Single(policies, p => p.Name == "serve-gateway");
        var ray = Assert.Single(policies, p => p.Name == "serve-ray");

        Assert.Equal([8000], Open(ray, Pod(Core.Access.PublicGatewayPlan.PodLabels("serve"), "ray-serve")));
        Assert.Empty(Open(ray, Address("10.10.3.7/32")));
        Assert.Empty(Open(ray, Pod(new Dictionary<string, string> { ["app"] = "web" }, "default")));
        Assert.Equal([8000, 8265], Open(ray, Pod(KubeRayOperator.PodLabels, KubeRayOperator.Namespace)));
        Assert.Equal([8080], Open(gateway, Address("35.191.4.4/32")));
        Assert.Equal([8080], Open(gateway, Address("130.211.0.7/32")));
        Assert.Empty(Open(gateway, Address("203.0.113.9/32")));
        Assert.Empty(Open(gateway, Pod(new Dictionary<string, string> { ["app"] = "web" }, "default")));
    }

    [Fact]
    public async Task The_ray_policy_exists_before_the_first_ray_pod_and_the_gateway_policy_before_the_gateway()
    {
        var run = await MockRun.Of(false, TestSettings.Load(("access", "public")));

        Assert.Contains(run.One("kubernetes:networking.k8s.io/v1:NetworkPolicy", "serve-ray-policy").Resource, await run.DependsOn("kubernetes:ray.io/v1:RayService", "serve-rayservice"));
        Assert.Contains(run.One("kubernetes:networking.k8s.io/v1:NetworkPolicy", "serve-public-gateway-policy").Resource, await run.DependsOn("kubernetes:apps/v1:Deployment", "serve-public-gateway"));
    }

    [Fact]
    public async Task The_internal_load_balancer_keeps_the_clients_address()
    {
        var run = await MockRun.Of(false, TestSettings.Load());

        // Both where KubeRay creates the Service from (serveService) and on the live Service (the patch).
        var declared = (System.Collections.Immutable.ImmutableDictionary<string, object>)PrivateClusterTests.Spec(run.Mocks.Registered.Single(r => r.Type == "kubernetes:ray.io/v1:RayService"))["serveService"];
        Assert.Equal("Local", ((System.Collections.Immutable.ImmutableDictionary<string, object>)declared["spec"])["externalTrafficPolicy"]);
        Assert.Equal("Local", PrivateClusterTests.Spec(PrivateClusterTests.ServePatch(run))["externalTrafficPolicy"]);
    }

    private static int[] Open(IngressPolicy policy, Caller caller) => RayPorts.Where(port => policy.Admits(caller, port)).ToArray();

    private static AddressCaller Address(string cidr) => new(Ipv4Cidr.Parse(cidr));

    private static PodCaller Pod(IReadOnlyDictionary<string, string> labels, string ns) => new()
    {
        PodLabels = labels,
        NamespaceLabels = new Dictionary<string, string> { ["kubernetes.io/metadata.name"] = ns },
        InPolicyNamespace = ns == "ray-serve",
    };
}
