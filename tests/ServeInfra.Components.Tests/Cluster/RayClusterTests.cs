using System.Collections.Immutable;
using System.Globalization;
using ServeInfra.Core.Access;
using ServeInfra.Tests.Support;
using static ServeInfra.Components.Tests.Cluster.PrivateClusterTests;

namespace ServeInfra.Components.Tests.Cluster;

/// <summary>The Ray cluster as registered, in both modes: token auth, a head that serves no replicas and is never evicted, budgets.</summary>
public class RayClusterTests
{
    [Theory]
    [InlineData("private")]
    [InlineData("public")]
    public async Task Token_auth_is_on_with_the_token_made_by_kuberay_not_pulumi(string mode)
    {
        var run = await MockRun.Of(false, TestSettings.Load(("access", mode)));

        var rayCluster = Map(Spec(RayService(run))["rayClusterConfig"]);
        Assert.Equal(ImmutableDictionary<string, object>.Empty.Add("mode", "token"), Map(rayCluster["authOptions"]));
        // KubeRay v1.7.0 reconcileAuthSecret generates the Secret (named after each RayCluster, key auth_token) only when
        // secretName is unset: the token never passes through Pulumi's state or outputs.
        Assert.False(rayCluster.ContainsKey("secretName") || Map(rayCluster["authOptions"]).ContainsKey("secretName"));
        var secretKeys = run.Mocks.Registered.Where(r => r.Type == "kubernetes:core/v1:Secret")
            .SelectMany(r => new[] { "data", "stringData" }.Where(r.Inputs.ContainsKey).SelectMany(field => Map(r.Inputs[field]).Keys));
        Assert.DoesNotContain("auth_token", secretKeys);
    }

    [Theory]
    [InlineData("private")]
    [InlineData("public")]
    public async Task The_head_runs_no_serve_replicas_and_the_autoscaler_never_evicts_it(string mode)
    {
        var run = await MockRun.Of(false, TestSettings.Load(("access", mode)));

        var head = Map(Map(Spec(RayService(run))["rayClusterConfig"])["headGroupSpec"]);
        Assert.Equal("0", Map(head["rayStartParams"])["num-cpus"]);
        var annotations = Map(Map(Map(head["template"])["metadata"])["annotations"]);
        Assert.Equal("false", annotations["cluster-autoscaler.kubernetes.io/safe-to-evict"]);
    }

    [Theory]
    [InlineData("private", "1", 0)]
    [InlineData("public", "3", 2)]
    public async Task Ray_pods_have_non_overlapping_budgets_kuberay_itself_never_waits_on(string mode, string workerMin, int workerMinAvailable)
    {
        var run = await MockRun.Of(false, TestSettings.Load(("access", mode), ("workerMinReplicas", workerMin)));

        var budgets = run.Mocks.Registered.Where(r => r.Type == "kubernetes:policy/v1:PodDisruptionBudget" && ((string)Metadata(r)["name"]).StartsWith("serve-ray-", StringComparison.Ordinal))
            .ToDictionary(r => (string)Metadata(r)["name"], Spec);
        Assert.Equal(["serve-ray-head", "serve-ray-workers"], budgets.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(1, Convert.ToInt32(budgets["serve-ray-head"]["minAvailable"], CultureInfo.InvariantCulture));
        Assert.Equal(workerMinAvailable, Convert.ToInt32(budgets["serve-ray-workers"]["minAvailable"], CultureInfo.InvariantCulture));
        // RayCluster has no scale subresource, so maxUnavailable would leave the budget unable to compute and block every eviction.
        Assert.All(budgets.Values, spec => Assert.False(spec.ContainsKey("maxUnavailable")));
        Assert.All(budgets.Values, spec => Assert.Equal("AlwaysAllow", spec["unhealthyPodEvictionPolicy"]));
        Assert.Equal("head", Map(Map(budgets["serve-ray-head"]["selector"])["matchLabels"])["ray.io/node-type"]);
        Assert.Equal("worker", Map(Map(budgets["serve-ray-workers"]["selector"])["matchLabels"])["ray.io/node-type"]);
    }

    [Fact]
    public async Task The_budgets_survive_an_access_change()
    {
        var run = await MockRun.Of(false, TestSettings.Load());

        var budgets = run.Seen.Where(r => r.Type == "kubernetes:policy/v1:PodDisruptionBudget").ToList();
        Assert.Equal(2, budgets.Count);
        Assert.All(budgets, budget => Assert.DoesNotContain(AccessStamp.KubernetesReplacePath, budget.Options.ReplaceOnChanges));
        Assert.All(budgets, budget => Assert.False(Map(Metadata(run.Mocks.Registered.Single(r => r.Name == budget.Name))["labels"]).ContainsKey(AccessStamp.Label)));
    }

    private static Pulumi.Testing.MockResourceArgs RayService(MockRun run) => run.Mocks.Registered.Single(r => r.Type == "kubernetes:ray.io/v1:RayService");

    private static ImmutableDictionary<string, object> Map(object value) => (ImmutableDictionary<string, object>)value;
}
