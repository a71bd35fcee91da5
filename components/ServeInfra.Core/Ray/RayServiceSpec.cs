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
                ["headGroupSpec"] = new Dictionary<string, object>
                {
                    // Ray's dashboard binds every interface so the KubeRay operator can reach Serve's REST API.
                    ["rayStartParams"] = new Dictionary<string, object> { ["dashboard-host"] = "0.0.0.0" },
                    ["template"] = PodTemplate("ray-head", ray.Image, ray.Head, labels),
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

    private static Dictionary<string, object> PodTemplate(string container, string image, ComputeResources resources, IReadOnlyDictionary<string, string> labels)
    {
        // Requests equal limits: Ray sizes its object store and schedules by what it is told it has.
        var quantities = new Dictionary<string, object> { ["cpu"] = resources.Cpu, ["memory"] = resources.Memory };
        return new Dictionary<string, object>
        {
            ["metadata"] = new Dictionary<string, object> { ["labels"] = labels.ToDictionary(p => p.Key, p => (object)p.Value) },
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
