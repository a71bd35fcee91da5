using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ServeInfra.Core.Access;

namespace ServeInfra.Core.Checks;

/// <summary>
/// The Kubernetes Job that runs <see cref="EndpointCheck"/>. pulumi-kubernetes waits for a Job to complete and fails
/// the update when it fails (v4.32.0 <c>provider/pkg/await/job.go</c>), so <c>pulumi up</c> ends green only when the
/// check passed. A Job's pod template cannot change, so a new revision of what is checked is a new Job (autonamed:
/// the new one runs before the old one goes), and an unchanged stack keeps the Job that already passed.
/// </summary>
public static class EndpointCheckJob
{
    /// <summary>How long the check retries: an internal load balancer takes a minute or two to program, DNS a moment.</summary>
    public const int CheckSeconds = 600;

    /// <summary>The Job's <c>activeDeadlineSeconds</c>: the check's own time and its start.</summary>
    public const int DeadlineSeconds = CheckSeconds + 120;

    /// <summary>How long <c>pulumi up</c> waits for the Job (<c>pulumi.com/timeoutSeconds</c>): the deadline plus an image pull.</summary>
    public const int AwaitSeconds = DeadlineSeconds + 300;

    /// <summary>The container's command.</summary>
    public static IReadOnlyList<string> Command { get; } = ["python3", "-c", EndpointCheck.Script];

    /// <summary>The check pod's labels (network policies admit it by them).</summary>
    public static IReadOnlyDictionary<string, string> PodLabels(string cluster) => new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        [AccessStamp.ClusterLabel] = cluster,
        ["app.kubernetes.io/name"] = "serveinfra-check",
    };

    /// <summary>
    /// A short digest of everything the check's verdict depends on (the RayService's spec, the URL, the token's
    /// Secret): part of the pod's environment, so a change to any of them runs the check again.
    /// </summary>
    public static string Revision(params object?[] parts)
    {
        var json = JsonSerializer.Serialize(parts);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..16];
    }
}
