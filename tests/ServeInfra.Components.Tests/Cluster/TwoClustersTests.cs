using System.Collections.Immutable;
using ServeInfra.Core.Access;
using ServeInfra.Tests.Support;

namespace ServeInfra.Components.Tests.Cluster;

public class TwoClustersTests
{
    [Fact]
    public async Task Two_clusters_share_the_cloud_and_nothing_else()
    {
        var settings = TestSettings.Load();
        var second = settings.Cluster with { Name = "batch", Access = new PublicAccess() };

        var run = await MockRun.Of(false, settings, second);

        Assert.Single(run.Mocks.Registered, r => r.Type == "gcp:container/cluster:Cluster");
        var kubernetesNames = run.Mocks.Registered
            .Where(r => r.Type!.StartsWith("kubernetes:", StringComparison.Ordinal) && r.Type != "kubernetes:helm.sh/v3:Release" && r.Inputs.ContainsKey("metadata"))
            .Select(r => (Kind: r.Type!.Split(':')[^1], Meta: (ImmutableDictionary<string, object>)r.Inputs["metadata"]))
            .Where(r => r.Meta.ContainsKey("name"))
            .Select(r => $"{r.Kind} {(r.Meta.TryGetValue("namespace", out var ns) ? ns : "")}/{r.Meta["name"]}")
            .ToList();
        Assert.Equal(kubernetesNames.Count, kubernetesNames.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("Namespace /ray-serve", kubernetesNames);
        Assert.Contains("Namespace /ray-batch", kubernetesNames);
        Assert.Contains("RayService ray-serve/serve", kubernetesNames);
        Assert.Contains("RayService ray-batch/batch", kubernetesNames);
    }
}
