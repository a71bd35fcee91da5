using ServeInfra.Core.Configuration;
using ServeInfra.Core.Ray;
using ServeInfra.Core.Tests.Support;

namespace ServeInfra.Core.Tests.Ray;

public class RayDisruptionBudgetsTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("1", 0)]
    [InlineData("2", 1)]
    [InlineData("5", 4)]
    public void The_head_never_goes_voluntarily_and_workers_go_one_below_the_floor(string workerMin, int workerMinAvailable)
    {
        var cluster = StackConfigLoader.Load(RawConfig.With(("workerMinReplicas", workerMin), ("workerMaxReplicas", "8")), "dev").Settings!.Cluster;

        var budgets = RayDisruptionBudgets.For(cluster);

        Assert.Equal(["serve-ray-head", "serve-ray-workers"], budgets.Select(b => b.Name));
        Assert.Equal([1, workerMinAvailable], budgets.Select(b => b.MinAvailable));
    }

    [Fact]
    public void The_budgets_never_select_the_same_pod()
    {
        var cluster = StackConfigLoader.Load(RawConfig.With(), "dev").Settings!.Cluster;
        var budgets = RayDisruptionBudgets.For(cluster);

        // The Eviction API refuses to evict a pod covered by more than one budget (kubernetes/website
        // content/en/docs/tasks/run-application/configure-pdb.md, "Arbitrary workloads and arbitrary selectors").
        var head = new Dictionary<string, string>(RayServiceSpec.RayPodLabels("serve")) { [RayServiceSpec.NodeTypeLabel] = "head" };
        var worker = new Dictionary<string, string>(RayServiceSpec.RayPodLabels("serve")) { [RayServiceSpec.NodeTypeLabel] = "worker" };
        Assert.Equal(["serve-ray-head"], budgets.Where(b => Selects(b, head)).Select(b => b.Name));
        Assert.Equal(["serve-ray-workers"], budgets.Where(b => Selects(b, worker)).Select(b => b.Name));
    }

    private static bool Selects(DisruptionBudget budget, Dictionary<string, string> labels) =>
        budget.Selector.All(pair => labels.TryGetValue(pair.Key, out var value) && value == pair.Value);
}
