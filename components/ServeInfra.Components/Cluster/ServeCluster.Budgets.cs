using Pulumi;
using ServeInfra.Core.Access;
using ServeInfra.Core.Ray;
using K8s = Pulumi.Kubernetes;
using Meta = Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using PolicyV1 = Pulumi.Kubernetes.Types.Inputs.Policy.V1;

namespace ServeInfra.Components.Cluster;

public sealed partial class ServeCluster
{
    // The budgets do not depend on the access mode: they select Ray pods by cluster and node type only, so they survive an access change.
    private void CreateDisruptionBudgets(string name, Core.Settings.ClusterSettings settings, Output<string> ns, ProviderResource provider)
    {
        var labels = new InputMap<string> { { AccessStamp.ClusterLabel, settings.Name }, { "app.kubernetes.io/part-of", "serveinfra" } };
        foreach (var budget in RayDisruptionBudgets.For(settings))
        {
            _ = new K8s.Policy.V1.PodDisruptionBudget($"{name}-{budget.Name[(settings.Name.Length + 1)..]}-budget", new PolicyV1.PodDisruptionBudgetArgs
            {
                Metadata = new Meta.ObjectMetaArgs { Name = budget.Name, Namespace = ns, Labels = labels },
                Spec = new PolicyV1.PodDisruptionBudgetSpecArgs
                {
                    MinAvailable = budget.MinAvailable,
                    Selector = new Meta.LabelSelectorArgs { MatchLabels = budget.Selector.ToDictionary() },
                    UnhealthyPodEvictionPolicy = RayDisruptionBudgets.UnhealthyPodEvictionPolicy,
                },
            }, new CustomResourceOptions { Parent = this, Provider = provider });
        }
    }
}
