using System.Collections.Immutable;
using ServeInfra.Components.Cloud;
using ServeInfra.Components.Cluster;
using ServeInfra.Core.Access;
using ServeInfra.Tests.Support;

namespace ServeInfra.Components.Tests.Cluster;

public class PrivateClusterTests
{
    private static readonly string[] ExternalTypes =
    [
        "gcp:compute/globalAddress:GlobalAddress", "kubernetes:networking.k8s.io/v1:Ingress",
        "gcp:compute/globalForwardingRule:GlobalForwardingRule", "serveinfra:access:PublicEndpoint",
    ];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Creates_no_external_address_ingress_or_external_load_balancer(bool preview)
    {
        var run = await MockRun.Of(preview, TestSettings.Load());

        Assert.DoesNotContain(run.Mocks.Registered, r => ExternalTypes.Contains(r.Type));
        var addresses = run.Mocks.Registered.Where(r => r.Type == "gcp:compute/address:Address").ToList();
        Assert.Equal("INTERNAL", Assert.Single(addresses).Inputs["addressType"]);
        Assert.DoesNotContain(run.Mocks.Registered, r => r.Type == "kubernetes:core/v1:Service");
        var lb = ServePatch(run);
        var annotations = (ImmutableDictionary<string, object>)Metadata(lb)["annotations"];
        Assert.Equal("Internal", annotations["networking.gke.io/load-balancer-type"]);
        Assert.Equal("false", annotations["networking.gke.io/internal-load-balancer-allow-global-access"]);
        Assert.Equal("serve-private-address-1234567", annotations["networking.gke.io/load-balancer-ip-addresses"]);
    }

    [Fact]
    public async Task Source_ranges_are_the_vpc_ranges_then_the_configured_peers()
    {
        var run = await MockRun.Of(false, TestSettings.Load(("privateSourceRanges", "[\"192.168.10.0/24\",\"10.10.0.0/20\"]"), ("privateGlobalAccess", "true")));

        // The same ranges in the RayService's serveService (what KubeRay creates and restores on a switch) and on the live Service.
        var rayService = run.Mocks.Registered.Single(r => r.Type == "kubernetes:ray.io/v1:RayService");
        var declared = (ImmutableDictionary<string, object>)Spec(rayService)["serveService"];
        foreach (var (spec, metadata) in new[] { (Spec(ServePatch(run)), Metadata(ServePatch(run))), ((ImmutableDictionary<string, object>)declared["spec"], (ImmutableDictionary<string, object>)declared["metadata"]) })
        {
            Assert.Equal(["10.10.0.0/20", "10.16.0.0/14", "192.168.10.0/24"], ((ImmutableArray<object>)spec["loadBalancerSourceRanges"]).Cast<string>());
            Assert.Equal("LoadBalancer", spec["type"]);
            Assert.Equal("true", ((ImmutableDictionary<string, object>)metadata["annotations"])["networking.gke.io/internal-load-balancer-allow-global-access"]);
        }
    }

    [Fact]
    public async Task The_url_is_http_on_the_reserved_internal_address()
    {
        var run = await MockRun.Of(false, TestSettings.Load());

        var cluster = run.Component<ServeCluster>();
        Assert.Equal($"http://{ServeMocks.InternalIp}/", await OutputValues.Value(cluster.Url));
        Assert.Equal("private", await OutputValues.Value(cluster.Access));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Every_access_dependent_child_carries_the_mode_and_only_the_ray_service_a_replace_trigger(bool preview)
    {
        var run = await MockRun.Of(preview, TestSettings.Load());

        var dependent = run.Seen.Where(r => r.Name is "serve-rayservice" or "serve-ray-policy" || r.Name.StartsWith("serve-private-", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["gcp:compute/address:Address", "kubernetes:batch/v1:Job", "kubernetes:core/v1:ServicePatch", "kubernetes:networking.k8s.io/v1:NetworkPolicy", "kubernetes:ray.io/v1:RayService"],
            dependent.Select(r => r.Type).Order(StringComparer.Ordinal));
        foreach (var resource in dependent.Where(r => r.Type != "kubernetes:core/v1:ServicePatch"))
        {
            var registered = run.Mocks.Registered.Single(r => r.Name == resource.Name);
            var labels = (ImmutableDictionary<string, object>)(resource.Type.StartsWith("gcp:", StringComparison.Ordinal) ? registered.Inputs["labels"] : Metadata(registered)["labels"]);
            Assert.Equal("private", labels[resource.Type.StartsWith("gcp:", StringComparison.Ordinal) ? AccessStamp.GcpLabel : AccessStamp.Label]);
        }

        // The RayService keeps its URN across modes, so the label triggers its replacement; the endpoint's children are
        // deleted and created instead (see AccessChangePreviewTests), so a trigger on them could never fire.
        Assert.Equal([AccessStamp.KubernetesReplacePath], dependent.Single(r => r.Name == "serve-rayservice").Options.ReplaceOnChanges);
        Assert.All(dependent.Where(r => r.Name != "serve-rayservice"), r => Assert.Empty(r.Options.ReplaceOnChanges));

        // The RayService has a fixed name: it must be deleted before its replacement takes the name. The check Job is
        // autonamed, and the patch changes an object KubeRay owns, so neither needs it.
        Assert.True(((Pulumi.CustomResourceOptions)dependent.Single(r => r.Name == "serve-rayservice").Options).DeleteBeforeReplace);
    }

    [Fact]
    public async Task Every_child_is_parented_inside_its_component()
    {
        var run = await MockRun.Of(false, TestSettings.Load());

        var roots = run.Seen.Where(r => r.Options.Parent is null).Select(r => r.Type).Order(StringComparer.Ordinal);
        Assert.Equal([ServeCloud.TypeToken, ServeCluster.TypeToken], roots);
        var endpointChildren = run.Seen.Where(r => r.Name.StartsWith("serve-private-", StringComparison.Ordinal));
        Assert.All(endpointChildren, r => Assert.Equal("serve-private", r.Options.Parent!.GetResourceName()));
    }

    /// <summary>The patch that keeps KubeRay's serve Service an internal load balancer with the current settings.</summary>
    internal static Pulumi.Testing.MockResourceArgs ServePatch(MockRun run) =>
        run.Mocks.Registered.Single(r => r.Type == "kubernetes:core/v1:ServicePatch" && (string)Metadata(r)["name"] == "serve-serve-svc");

    internal static ImmutableDictionary<string, object> Spec(Pulumi.Testing.MockResourceArgs args) => (ImmutableDictionary<string, object>)args.Inputs["spec"];

    internal static ImmutableDictionary<string, object> Metadata(Pulumi.Testing.MockResourceArgs args) => (ImmutableDictionary<string, object>)args.Inputs["metadata"];

}
