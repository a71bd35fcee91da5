using ServeInfra.Core.Serve;

namespace ServeInfra.Core.Ray;

/// <summary>
/// The KubeRay operator as ServeInfra installs it (official chart, release <see cref="ReleaseName"/> in
/// <see cref="Namespace"/>), and what it connects to on the Ray pods. Read from ray-project/kuberay at tag v1.7.0.
/// </summary>
public static class KubeRayOperator
{
    /// <summary>The namespace the operator runs in.</summary>
    public const string Namespace = "kuberay-system";

    /// <summary>The Helm release name; the chart puts it in the pods' <c>app.kubernetes.io/instance</c> label.</summary>
    public const string ReleaseName = "kuberay-operator";

    /// <summary>
    /// The dashboard port. The RayService controller reads and submits the Serve applications through the dashboard's
    /// REST API at the head Service's <c>dashboard</c> port (<c>rayservice_controller.go</c>, <c>FetchHeadServiceURL</c>
    /// with <c>DashboardPortName</c>; <c>utils/constant.go</c>: <c>DefaultDashboardPort = 8265</c>).
    /// </summary>
    public const int DashboardPort = 8265;

    /// <summary>
    /// The operator's pod labels (chart <c>templates/deployment.yaml</c>: <c>app.kubernetes.io/name</c> is the chart
    /// name, <c>app.kubernetes.io/instance</c> the release name).
    /// </summary>
    public static IReadOnlyDictionary<string, string> PodLabels { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["app.kubernetes.io/instance"] = ReleaseName,
        ["app.kubernetes.io/name"] = "kuberay-operator",
    };

    /// <summary>
    /// Every TCP port the operator opens on Ray pods: the dashboard, and Serve's port, where
    /// <c>updateHeadPodServeLabel</c> GETs <c>/-/healthz</c> on the head pod's IP and sets <c>ray.io/serve</c> from the
    /// answer (<c>rayservice_controller.go</c>, <c>utils/httpproxy_httpclient.go</c>). Not the dashboard agent's 52365:
    /// only the kubelet's probes use it, from the pod's own node (<c>common/pod.go</c>, <c>initLivenessAndReadinessProbe</c>).
    /// The chart's <c>useKubernetesProxy</c> is off, so these connections come from the operator pod itself.
    /// </summary>
    public static IReadOnlyList<int> PortsOnRayPods { get; } = [DashboardPort, ServeConfigRenderer.HttpPort];
}
