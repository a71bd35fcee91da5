namespace ServeInfra.Core.Ray;

/// <summary>
/// The KubeRay operator's official Helm chart, and the CustomResourceDefinitions each supported chart version ships.
/// Helm installs a chart's <c>crds/</c> once and never upgrades them (an upgrade leaves the old schemas, and the API
/// server then prunes every new RayService field), so ServeInfra applies them itself from the same chart version.
/// </summary>
public static class KubeRayChart
{
    /// <summary>The chart's name in its repository.</summary>
    public const string Name = "kuberay-operator";

    /// <summary>KubeRay's official chart repository.</summary>
    public const string Repository = "https://ray-project.github.io/kuberay-helm/";

    /// <summary>The oldest chart version ServeInfra accepts: the first with <c>rayClusterConfig.authOptions</c>.</summary>
    public static Version Oldest { get; } = new(1, 5, 1);

    /// <summary>
    /// The newest minor version whose CRD set ServeInfra knows. A newer minor may ship a new CRD (1.6 added RayCronJob) that
    /// the operator then waits for; it needs this list extended first.
    /// </summary>
    public static Version NewestMinor { get; } = new(1, 7);

    /// <summary>True when <paramref name="version"/> (x.y.z) is one whose CRDs ServeInfra can apply.</summary>
    public static bool IsSupported(string version) =>
        System.Version.TryParse(version, out var parsed) && parsed.Build >= 0 && parsed >= Oldest
        && new Version(parsed.Major, parsed.Minor) <= NewestMinor;

    /// <summary>
    /// The chart's CRD files at <paramref name="version"/>, as listed in <c>helm-chart/kuberay-operator/crds/</c> at the
    /// tag <c>v&lt;version&gt;</c> of ray-project/kuberay (RayCronJob since 1.6.0).
    /// </summary>
    public static IReadOnlyList<string> CrdFiles(string version)
    {
        if (!IsSupported(version))
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, $"KubeRay {Oldest} to {NewestMinor}.x is supported.");
        }

        IReadOnlyList<string> always = ["ray.io_rayclusters.yaml", "ray.io_rayjobs.yaml", "ray.io_rayservices.yaml"];
        return System.Version.Parse(version) >= new Version(1, 6, 0) ? [.. always, "ray.io_raycronjobs.yaml"] : always;
    }

    /// <summary>Where each CRD file of <paramref name="version"/> is published: the chart's sources at the release tag.</summary>
    public static IReadOnlyList<string> CrdUrls(string version) =>
        CrdFiles(version).Select(file => $"https://raw.githubusercontent.com/ray-project/kuberay/v{version}/helm-chart/kuberay-operator/crds/{file}").ToList();
}
