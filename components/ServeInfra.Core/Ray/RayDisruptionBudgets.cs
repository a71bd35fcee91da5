using ServeInfra.Core.Naming;
using ServeInfra.Core.Settings;

namespace ServeInfra.Core.Ray;

/// <summary>
/// How node drains (GKE upgrades and repairs, cluster autoscaler scale-downs, <c>kubectl drain</c>) may take a
/// cluster's Ray pods away. Budgets only gate the Eviction API: KubeRay deletes pods and old RayClusters directly
/// (<c>raycluster_controller.go</c> <c>r.Delete(ctx, &amp;pod)</c> for scale-down and <c>workersToDelete</c>;
/// <c>rayservice_controller.go</c> deletes the old RayCluster after an upgrade), so neither its scale-down nor its
/// zero-downtime upgrade ever waits on them.
/// </summary>
public static class RayDisruptionBudgets
{
    /// <summary>
    /// The <c>unhealthyPodEvictionPolicy</c> of every budget: a pod that is not Ready serves nothing (a worker's readiness
    /// includes its Serve proxy), so holding it back protects nobody and would only stall a drain.
    /// </summary>
    public const string UnhealthyPodEvictionPolicy = "AlwaysAllow";

    /// <summary>The budgets of <paramref name="cluster"/>: one for the head, one for the workers, never overlapping.</summary>
    public static IReadOnlyList<DisruptionBudget> For(ClusterSettings cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var names = new ClusterNames(cluster.Name);
        return
        [
            new DisruptionBudget
            {
                Name = names.HeadBudget,
                Selector = Selector(cluster.Name, "head"),
                MinAvailable = 1,
                Why = "The head is one pod and, without GCS fault tolerance, evicting it restarts every Serve replica: no voluntary " +
                    "eviction may take it while it is Ready.",
            },
            new DisruptionBudget
            {
                Name = names.WorkerBudget,
                Selector = Selector(cluster.Name, "worker"),
                MinAvailable = Math.Max(cluster.Ray.WorkerMinReplicas - 1, 0),
                Why = "Drains take at most one serving worker below the autoscaler's floor at a time; the rest keep their replicas.",
            },
        ];
    }

    private static IReadOnlyDictionary<string, string> Selector(string cluster, string nodeType) =>
        new SortedDictionary<string, string>(RayServiceSpec.RayPodLabels(cluster).ToDictionary(), StringComparer.Ordinal) { [RayServiceSpec.NodeTypeLabel] = nodeType };
}
