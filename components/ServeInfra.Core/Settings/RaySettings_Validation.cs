using System.Text.RegularExpressions;
using ServeInfra.Core.Configuration;

namespace ServeInfra.Core.Settings;

public sealed partial record RaySettings
{
    /// <summary>The oldest Ray version ServeInfra supports.</summary>
    public static Version MinimumVersion { get; } = new(2, 52, 0);

    /// <summary>
    /// Every problem with the Ray cluster, one each naming the setting, its config key, the bad value and what is
    /// allowed. The worker bounds are compared only when both are in their ranges.
    /// </summary>
    public IReadOnlyList<SettingsProblem> Validate()
    {
        var checks = new SettingsChecks();
        if (Version is null || !CloudSettings.ExactVersion().IsMatch(Version) || !System.Version.TryParse(Version, out var parsed) || parsed < MinimumVersion)
        {
            checks.Fail("RaySettings.Version", ConfigKeys.RayVersion, Version, "is not a pinned Ray version supported here", $"an exact version, {MinimumVersion} or newer");
        }

        if (ImageProblem(Image, Version) is { } problem)
        {
            checks.Fail("RaySettings.Image", ConfigKeys.RayImage, Image, problem, $"an image pinned by digest or by a tag starting with {Version}");
        }

        Quantity(checks, "RaySettings.Head.Cpu", ConfigKeys.HeadCpu, Head?.Cpu, CpuQuantity());
        Quantity(checks, "RaySettings.Head.Memory", ConfigKeys.HeadMemory, Head?.Memory, MemoryQuantity());
        Quantity(checks, "RaySettings.Worker.Cpu", ConfigKeys.WorkerCpu, Worker?.Cpu, CpuQuantity());
        Quantity(checks, "RaySettings.Worker.Memory", ConfigKeys.WorkerMemory, Worker?.Memory, MemoryQuantity());
        checks.MinMax("RaySettings.WorkerMinReplicas", ConfigKeys.WorkerMinReplicas, WorkerMinReplicas,
            "RaySettings.WorkerMaxReplicas", ConfigKeys.WorkerMaxReplicas, WorkerMaxReplicas);
        return checks.Problems;
    }

    private static string? ImageProblem(string? image, string? version)
    {
        if (string.IsNullOrEmpty(image) || image.Any(char.IsWhiteSpace))
        {
            return "is not an image reference";
        }

        if (image.Contains("@sha256:", StringComparison.Ordinal))
        {
            return null;
        }

        var lastSlash = image.LastIndexOf('/');
        var colon = image.IndexOf(':', lastSlash + 1);
        if (colon < 0)
        {
            return "has no tag (it would float to latest)";
        }

        var tag = image[(colon + 1)..];
        return tag is "latest" or "nightly" ? "floats"
            : version is null || !tag.StartsWith(version, StringComparison.Ordinal) ? $"does not match rayVersion {version}"
            : null;
    }

    private static void Quantity(SettingsChecks checks, string setting, ConfigKey key, string? text, Regex pattern)
    {
        if (text is null || !pattern.IsMatch(text))
        {
            checks.Fail(setting, key, text, "is not a Kubernetes quantity of that kind", "a value such as " + key.Example);
        }
    }

    [GeneratedRegex("^([1-9][0-9]*m|[0-9]+(\\.[0-9]+)?)$")]
    private static partial Regex CpuQuantity();

    [GeneratedRegex("^[1-9][0-9]*(Ki|Mi|Gi|Ti|k|M|G|T)$")]
    private static partial Regex MemoryQuantity();
}
