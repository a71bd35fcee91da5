using Pulumi;
using ServeInfra.Core.Ray;
using ServeInfra.Core.Settings;
using K8s = Pulumi.Kubernetes;

namespace ServeInfra.Components.Cloud;

public sealed partial class ServeCloud
{
    /// <summary>The namespace the KubeRay operator runs in.</summary>
    public const string OperatorNamespace = Core.Ray.KubeRayOperator.Namespace;

    private K8s.Provider CreateKubernetesProvider(string name, GkeParts gke) =>
        new($"{name}-k8s", new K8s.ProviderArgs
        {
            KubeConfig = gke.Kubeconfig,
            // Server-side apply: no last-applied annotation, which KubeRay's large CRDs would overflow.
            EnableServerSideApply = true,
        }, new CustomResourceOptions { Parent = this, DependsOn = { gke.Cluster } });

    /// <summary>
    /// The chart version's CRDs, applied by Pulumi: Helm installs <c>crds/</c> on first install only and never upgrades them
    /// (pulumi-kubernetes v4.32.0 <c>helm_release.go</c> runs Helm's upgrade action, which skips <c>crds/</c>), so raising
    /// <c>kuberayVersion</c> would keep the old schemas and the API server would prune every new RayService field. Their own
    /// provider may adopt CRDs that a Helm install made before (upsert, and force over Helm's field ownership); the main
    /// provider keeps refusing to overwrite objects it did not create.
    /// </summary>
    private K8s.Yaml.V2.ConfigGroup CreateKubeRayCrds(string name, CloudSettings settings, GkeParts gke)
    {
        var crdProvider = new K8s.Provider($"{name}-k8s-crds", new K8s.ProviderArgs
        {
            KubeConfig = gke.Kubeconfig,
            EnableServerSideApply = true,
            UpsertExistingObjects = true,
            EnablePatchForce = true,
        }, new CustomResourceOptions { Parent = this, DependsOn = { gke.Cluster } });

        return new K8s.Yaml.V2.ConfigGroup($"{name}-kuberay-crds", new K8s.Types.Inputs.Yaml.V2.ConfigGroupArgs
        {
            Files = KubeRayChart.CrdUrls(settings.KubeRayVersion).ToList(),
        }, new ComponentResourceOptions { Parent = this, Providers = { crdProvider }, DependsOn = { gke.NodePool } });
    }

    private K8s.Helm.V3.Release CreateKubeRayOperator(string name, CloudSettings settings, GkeParts gke, Resource crds) =>
        new($"{name}-kuberay", new K8s.Types.Inputs.Helm.V3.ReleaseArgs
        {
            Name = Core.Ray.KubeRayOperator.ReleaseName,
            Chart = KubeRayChart.Name,
            Version = settings.KubeRayVersion,
            RepositoryOpts = new K8s.Types.Inputs.Helm.V3.RepositoryOptsArgs { Repo = KubeRayChart.Repository },
            Namespace = Core.Ray.KubeRayOperator.Namespace,
            CreateNamespace = true,
            // The CRDs above are the chart's, at the same version; Helm must not install a second, unmanaged copy.
            SkipCrds = true,
            // A failed upgrade rolls back instead of leaving a half-updated operator.
            Atomic = true,
            Timeout = 600,
        }, new CustomResourceOptions { Parent = this, Provider = Provider, DependsOn = { gke.NodePool, crds } });
}
