using System.Globalization;
using System.Text.Json;
using ServeInfra.Core.Naming;

namespace ServeInfra.Core.Ray;

/// <summary>
/// How <c>pulumi up</c> waits for Serve. pulumi-kubernetes has no awaiter for custom resources (v4.32.0
/// <c>provider/pkg/await/awaiters.go</c>), so without these annotations a RayService counts as created once the API
/// server accepts it. With them the provider waits for every listed condition (<c>provider/pkg/metadata/overrides.go</c>
/// <c>ReadyCondition</c>: a JSON array of <c>condition=Type[=Status]</c> expressions, all of which must hold).
/// </summary>
public static class RayServiceReadiness
{
    /// <summary>The annotation that lists the conditions to wait for.</summary>
    public const string WaitForAnnotation = "pulumi.com/waitFor";

    /// <summary>The annotation that bounds the wait, in seconds.</summary>
    public const string TimeoutAnnotation = "pulumi.com/timeoutSeconds";

    /// <summary>
    /// KubeRay 1.7.0's RayService conditions (<c>apis/ray/v1/rayservice_types.go</c>): <c>Ready</c> once Serve has
    /// endpoints, <c>UpgradeInProgress</c> False once no new Ray cluster is pending. Both are set from the first
    /// reconcile on (<c>rayservice_controller.go</c> sets them False while initializing).
    /// </summary>
    public static IReadOnlyList<string> Conditions { get; } = ["condition=Ready", "condition=UpgradeInProgress=False"];

    /// <summary>The RayService's annotations: wait for <see cref="Conditions"/>, at most <paramref name="timeoutSeconds"/>.</summary>
    public static IReadOnlyDictionary<string, string> Annotations(int timeoutSeconds) => new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        [WaitForAnnotation] = JsonSerializer.Serialize(Conditions),
        [TimeoutAnnotation] = timeoutSeconds.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>What a user should look at when the wait times out or Serve fails to deploy.</summary>
    public static string TimeoutHint(ClusterNames names, int timeoutSeconds)
    {
        ArgumentNullException.ThrowIfNull(names);
        return $"Waiting up to {timeoutSeconds} s for RayService {names.RayService} to be Ready with no upgrade in progress. " +
            $"If it times out: kubectl -n {names.Namespace} describe rayservice {names.RayService} (conditions and events), " +
            $"kubectl -n {names.Namespace} get rayservice {names.RayService} -o jsonpath='{{.status.activeServiceStatus.applicationStatuses}}' " +
            "(DEPLOY_FAILED shows the Serve error, e.g. a bad importPath or a pip failure), and " +
            $"kubectl -n {names.Namespace} get pods (image pulls, pending pods). Raise serveinfra:serveReadyTimeoutSeconds for slow first deploys.";
    }
}
