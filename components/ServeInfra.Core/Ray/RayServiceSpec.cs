using ServeInfra.Core.Access;
using ServeInfra.Core.Serve;
using ServeInfra.Core.Settings;

namespace ServeInfra.Core.Ray;

/// <summary>
/// Builds the <c>spec</c> of a KubeRay <c>RayService</c> (<c>ray.io/v1</c>) as plain dictionaries and lists, ready
/// to be sent as a custom resource's fields.
/// </summary>
public static class RayServiceSpec
{
    /// <summary>The label KubeRay sets to <c>true</c> on pods whose Serve proxy is healthy.</summary>
    public const string ServeLabel = "ray.io/serve";

    /// <summary>The label KubeRay puts on every Ray pod (<c>utils/constant.go</c>: <c>RayNodeLabelKey</c>, value <c>yes</c>).</summary>
    public const string RayNodeLabel = "ray.io/is-ray-node";

    /// <summary>The label that tells head from workers (<c>utils/constant.go</c>: <c>RayNodeTypeLabelKey</c>; <c>head</c> or <c>worker</c>).</summary>
    public const string NodeTypeLabel = "ray.io/node-type";

    /// <summary>
    /// The cluster autoscaler's annotation on the head pod. Evicting the head restarts the whole Ray cluster (GCS has no
    /// fault tolerance here), so a scale-down must never pick its node.
    /// </summary>
    public const string SafeToEvictAnnotation = "cluster-autoscaler.kubernetes.io/safe-to-evict";

    /// <summary>The labels of every Ray pod of <paramref name="cluster"/>, head and workers, of any of its Ray clusters.</summary>
    public static IReadOnlyDictionary<string, string> RayPodLabels(string cluster) => new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        [AccessStamp.ClusterLabel] = cluster,
        [RayNodeLabel] = "yes",
    };

    /// <summary>The spec for <paramref name="cluster"/>; pod labels carry <paramref name="labels"/>.</summary>
    public static Dictionary<string, object> Build(ClusterSettings cluster, IReadOnlyDictionary<string, string> labels)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(labels);
        var ray = cluster.Ray;
        return new Dictionary<string, object>
        {
            ["serveConfigV2"] = ServeConfigRenderer.Render(cluster.Applications),
            ["rayClusterConfig"] = new Dictionary<string, object>
            {
                ["rayVersion"] = ray.Version,
                // The Ray autoscaler adds workers between the bounds as Serve replicas need them.
                ["enableInTreeAutoscaling"] = true,
                // Ray token auth on the dashboard, GCS and client port (Ray >= 2.52, KubeRay >= 1.5.1). KubeRay generates the
                // token into a Secret named after each RayCluster and injects it; no token passes through Pulumi.
                ["authOptions"] = new Dictionary<string, object> { ["mode"] = "token" },
                ["headGroupSpec"] = new Dictionary<string, object>
                {
                    ["rayStartParams"] = new Dictionary<string, object>
                    {
                        // Ray's dashboard binds every interface so the KubeRay operator can reach Serve's REST API.
                        ["dashboard-host"] = "0.0.0.0",
                        // No logical CPUs on the head: Serve replicas (which ask for CPU) land on workers only, so a replica's
                        // load never starves the GCS and a worker's loss never takes the control plane with it.
                        ["num-cpus"] = "0",
                    },
                    ["template"] = PodTemplate("ray-head", ray.Image, ray.Head, labels, new Dictionary<string, object> { [SafeToEvictAnnotation] = "false" }),
                },
                ["workerGroupSpecs"] = new List<object>
                {
                    new Dictionary<string, object>
                    {
                        ["groupName"] = "workers",
                        ["replicas"] = ray.WorkerMinReplicas,
                        ["minReplicas"] = ray.WorkerMinReplicas,
                        ["maxReplicas"] = ray.WorkerMaxReplicas,
                        ["rayStartParams"] = new Dictionary<string, object>(),
                        ["template"] = PodTemplate("ray-worker", ray.Image, ray.Worker, labels),
                    },
                },
            },
        };
    }

    private static Dictionary<string, object> PodTemplate(
        string container, string image, ComputeResources resources, IReadOnlyDictionary<string, string> labels, Dictionary<string, object>? annotations = null)
    {
        // Requests equal limits: Ray sizes its object store and schedules by what it is told it has.
        var quantities = new Dictionary<string, object> { ["cpu"] = resources.Cpu, ["memory"] = resources.Memory };
        var metadata = new Dictionary<string, object> { ["labels"] = labels.ToDictionary(p => p.Key, p => (object)p.Value) };
        if (annotations is not null)
        {
            metadata["annotations"] = annotations;
        }

        return new Dictionary<string, object>
        {
            ["metadata"] = metadata,
            ["spec"] = new Dictionary<string, object>
            {
                ["containers"] = new List<object>
                {
                    new Dictionary<string, object>
                    {
                        ["name"] = container,
                        ["image"] = image,
                        ["resources"] = new Dictionary<string, object> { ["requests"] = quantities, ["limits"] = quantities },
                        ["securityContext"] = new Dictionary<string, object> { ["allowPrivilegeEscalation"] = false },
                    },
                },
            },
        };
    }
}
