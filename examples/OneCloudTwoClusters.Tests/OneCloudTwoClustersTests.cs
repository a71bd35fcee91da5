using System.Collections.Immutable;
using Pulumi;
using Pulumi.Testing;

namespace ServeInfra.Examples.Tests;

/// <summary>What the example promises: two clusters that share a cloud and nothing else, a private one that faces no internet, a URL each, and a token for the public one only.</summary>
public class OneCloudTwoClustersTests
{
    private const string InternalLoadBalancer = "networking.gke.io/load-balancer-type";

    private static ImmutableDictionary<string, object> Map(object value) => (ImmutableDictionary<string, object>)value;

    private static ImmutableDictionary<string, object> Metadata(MockResourceArgs resource) => Map(resource.Inputs["metadata"]);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_clusters_share_one_cloud_and_have_their_own_names_namespaces_and_kubernetes_objects(bool preview)
    {
        var run = await ExampleRun.Of(preview);

        Assert.Single(run.OfType("gcp:container/cluster:Cluster"));
        Assert.Single(run.OfType("kubernetes:helm.sh/v3:Release"));
        Assert.Equal(("ray-api", "ray-internal"), (await ExampleRun.Value(run.Example.Api.Namespace), await ExampleRun.Value(run.Example.Internal.Namespace)));
        Assert.Equal(("api", "internal"), (await ExampleRun.Value(run.Example.Api.RayServiceName), await ExampleRun.Value(run.Example.Internal.RayServiceName)));
        // Pulumi names a resource by type and name: a clash would make the second cluster replace the first's.
        Assert.All(run.Mocks.Registered.GroupBy(r => (r.Type, r.Name)), group => Assert.Single(group));
        foreach (var (cluster, ns) in new[] { ("api", "ray-api"), ("internal", "ray-internal") })
        {
            // Every namespaced Kubernetes object of a cluster lives in that cluster's namespace.
            var objects = run.Mocks.Registered
                .Where(r => r.Name!.StartsWith($"{cluster}-", StringComparison.Ordinal) && r.Type!.StartsWith("kubernetes:", StringComparison.Ordinal))
                .Where(r => r.Type != "kubernetes:core/v1:Namespace")
                .ToList();
            Assert.NotEmpty(objects);
            Assert.All(objects, r => Assert.Equal(ns, Metadata(r)["namespace"]));
        }

        var rayServices = run.OfType("kubernetes:ray.io/v1:RayService").Select(r => $"{Metadata(r)["namespace"]}/{Metadata(r)["name"]}").Order(StringComparer.Ordinal);
        Assert.Equal(["ray-api/api", "ray-internal/internal"], rayServices);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_private_cluster_registers_nothing_that_faces_the_internet(bool preview)
    {
        var run = await ExampleRun.Of(preview);

        // The only internet-facing pieces of the stack are the public cluster's.
        Assert.Equal("api-public-ip", Assert.Single(run.OfType("gcp:compute/globalAddress:GlobalAddress")).Name);
        Assert.StartsWith("api-", Assert.Single(run.OfType("kubernetes:networking.k8s.io/v1:Ingress")).Name, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Mocks.Registered, r => r.Name!.StartsWith("internal-", StringComparison.Ordinal)
            && (r.Type!.Contains("global", StringComparison.OrdinalIgnoreCase) || r.Type.EndsWith(":Ingress", StringComparison.Ordinal)));
        var address = Assert.Single(run.OfType("gcp:compute/address:Address"));
        Assert.Equal(("internal-private-address", "INTERNAL"), (address.Name, (string)address.Inputs["addressType"]));

        // Its Serve Service is a load balancer, and an internal one, both as KubeRay creates it and as the program patches it.
        var rayService = Assert.Single(run.OfType("kubernetes:ray.io/v1:RayService"), r => (string)Metadata(r)["name"] == "internal");
        var serveService = Map(Map(rayService.Inputs["spec"])["serveService"]);
        var patch = Assert.Single(run.OfType("kubernetes:core/v1:ServicePatch"));
        foreach (var service in new[] { serveService, patch.Inputs })
        {
            Assert.Equal("LoadBalancer", Map(service["spec"])["type"]);
            Assert.Equal("Internal", Map(Map(service["metadata"])["annotations"])[InternalLoadBalancer]);
            Assert.NotEmpty((ImmutableArray<object>)Map(service["spec"])["loadBalancerSourceRanges"]);
        }

        // And no other Service anywhere is a load balancer.
        Assert.All(run.OfType("kubernetes:core/v1:Service"), s => Assert.NotEqual("LoadBalancer", Map(s.Inputs["spec"]).GetValueOrDefault("type")));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Each_cluster_has_its_own_url(bool preview)
    {
        var run = await ExampleRun.Of(preview, ("domain", "api.example.com"));

        var apiUrl = await ExampleRun.Value((Output<string>)run.Outputs["api_url"]!);
        var internalUrl = await ExampleRun.Value((Output<string>)run.Outputs["internal_url"]!);
        Assert.Equal("https://api.example.com/", apiUrl);
        Assert.Equal(await ExampleRun.Value(run.Example.Api.Url), apiUrl);
        // The internal load balancer's reserved address in the subnet (the mocks give each address its own).
        Assert.Matches(@"^http://10\.10\.0\.\d+/$", internalUrl);
        Assert.Equal(await ExampleRun.Value(run.Example.Internal.Url), internalUrl);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Without_a_domain_the_public_url_is_the_static_ips_sslip_io_name(bool preview)
    {
        // Pulumi.yaml declares domain with an empty default, which the CLI hands to the program as "".
        var run = await ExampleRun.Of(preview);

        Assert.Matches(@"^https://34\.120\.0\.\d+\.sslip\.io/$", await ExampleRun.Value((Output<string>)run.Outputs["api_url"]!));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Only_the_public_cluster_has_a_token_and_it_is_secret(bool preview)
    {
        var run = await ExampleRun.Of(preview);

        var token = (Output<string?>)run.Outputs["api_token"]!;
        Assert.False(string.IsNullOrEmpty(await ExampleRun.Value(token)));
        Assert.True(await Output.IsSecretAsync(token));
        Assert.True(await Output.IsSecretAsync((Output<ImmutableDictionary<string, string>?>)run.Outputs["api_docs_urls"]!));
        Assert.True(await Output.IsSecretAsync((Output<string>)run.Outputs["kubeconfig"]!));
        Assert.Null(await ExampleRun.Value(run.Example.Internal.Token));
        Assert.Null(await ExampleRun.Value(run.Example.Internal.Tokens));
        Assert.DoesNotContain(run.Outputs.Keys, key => key.StartsWith("internal_", StringComparison.Ordinal) && key.Contains("token", StringComparison.Ordinal));
        Assert.All(run.OfType("random:index/randomPassword:RandomPassword"), password => Assert.StartsWith("api-", password.Name, StringComparison.Ordinal));
    }
}
