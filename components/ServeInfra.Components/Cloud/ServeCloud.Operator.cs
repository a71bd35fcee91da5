using Pulumi;
using ServeInfra.Core.Settings;
using K8s = Pulumi.Kubernetes;

namespace ServeInfra.Components.Cloud;

public sealed partial class ServeCloud
{
    /// <summary>The namespace the KubeRay operator runs in.</summary>
    public const string OperatorNamespace = "kuberay-system";

    /// <summary>KubeRay's official chart repository.</summary>
    internal const string KubeRayChartRepository = "https://ray-project.github.io/kuberay-helm/";

    private K8s.Provider CreateKubernetesProvider(string name, GkeParts gke) =>
        new($"{name}-k8s", new K8s.ProviderArgs
        {
            KubeConfig = gke.Kubeconfig,
            // Server-side apply: no last-applied annotation, which KubeRay's large CRDs would overflow.
            EnableServerSideApply = true,
        }, new CustomResourceOptions { Parent = this, DependsOn = { gke.Cluster } });

    private K8s.Helm.V3.Release CreateKubeRayOperator(string name, CloudSettings settings, GkeParts gke) =>
        new($"{name}-kuberay", new K8s.Types.Inputs.Helm.V3.ReleaseArgs
        {
            Name = "kuberay-operator",
            Chart = "kuberay-operator",
            Version = settings.KubeRayVersion,
            RepositoryOpts = new K8s.Types.Inputs.Helm.V3.RepositoryOptsArgs { Repo = KubeRayChartRepository },
            Namespace = OperatorNamespace,
            CreateNamespace = true,
            // A failed upgrade rolls back instead of leaving a half-updated operator.
            Atomic = true,
            Timeout = 600,
        }, new CustomResourceOptions { Parent = this, Provider = Provider, DependsOn = { gke.NodePool } });
}
