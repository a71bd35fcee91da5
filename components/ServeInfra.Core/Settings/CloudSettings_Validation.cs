using System.Text.RegularExpressions;
using ServeInfra.Core.Configuration;
using ServeInfra.Core.Naming;
using ServeInfra.Core.Ray;

namespace ServeInfra.Core.Settings;

public sealed partial record CloudSettings
{
    /// <summary>The most ranges GKE accepts in the control plane's authorized networks.</summary>
    public const int MaxAuthorizedNetworks = 50;

    /// <summary>What a maintenance window may be, for messages.</summary>
    internal const string MaintenanceWindowAllowed =
        "days as MO, TU, WE, TH, FR, SA, SU (comma-separated) or DAILY, then HH:MM-HH:MM in UTC; at least 4 hours, and 12 hours a week";

    /// <summary>What is wrong with a release channel GKE does not have.</summary>
    internal const string UnknownReleaseChannel = "is not a GKE release channel";

    /// <summary>
    /// Every problem with the cloud, its network and its node pool, one each naming the setting, its config key, the
    /// bad value and what is allowed; empty when the cloud can be created.
    /// </summary>
    public IReadOnlyList<SettingsProblem> Validate()
    {
        var checks = new SettingsChecks();
        if (Region is null || !RegionName().IsMatch(Region))
        {
            checks.Fail("CloudSettings.Region", ConfigKeys.Region, Region, "is not a GCP region name", "a region such as us-central1 or europe-west4");
        }

        if (!NameRules.IsDnsLabel(Name, NameRules.MaxCloudNameLength) || Name.Length < 4)
        {
            checks.Fail("CloudSettings.Name", ConfigKeys.CloudName, Name, "is not a valid cloud name",
                $"4 to {NameRules.MaxCloudNameLength} characters: lower-case letters, digits and hyphens, starting with a letter, not ending with a hyphen");
        }

        if (!Enum.IsDefined(ReleaseChannel))
        {
            checks.Fail("CloudSettings.ReleaseChannel", ConfigKeys.ReleaseChannel, ReleaseChannel.ToString(), UnknownReleaseChannel, ConfigKeys.ReleaseChannel.AllowedText!);
        }

        checks.NotNull("CloudSettings.MaintenanceWindow", ConfigKeys.MaintenanceWindow, MaintenanceWindow);
        if (KubeRayVersion is null || !ExactVersion().IsMatch(KubeRayVersion) || !KubeRayChart.IsSupported(KubeRayVersion))
        {
            checks.Fail("CloudSettings.KubeRayVersion", ConfigKeys.KubeRayVersion, KubeRayVersion, "is not a KubeRay chart version ServeInfra supports",
                $"an exact version from {KubeRayChart.Oldest} (Ray token auth) to {KubeRayChart.NewestMinor}.x (the newest whose CRDs ServeInfra applies), such as 1.7.0");
        }

        if (checks.NotNull("CloudSettings.AuthorizedNetworks", ConfigKeys.AuthorizedNetworks, AuthorizedNetworks) && AuthorizedNetworks.Count > MaxAuthorizedNetworks)
        {
            checks.Fail("CloudSettings.AuthorizedNetworks", ConfigKeys.AuthorizedNetworks, $"{AuthorizedNetworks.Count} ranges", "is more than GKE accepts",
                $"at most {MaxAuthorizedNetworks} ranges");
        }

        return [.. checks.Problems, .. Network?.Validate() ?? Unset("Network"), .. NodePool?.Validate() ?? Unset("NodePool")];
    }

    /// <summary>An exact version, <c>major.minor.patch</c>: no range, no <c>latest</c>.</summary>
    [GeneratedRegex("^[0-9]+\\.[0-9]+\\.[0-9]+$")]
    internal static partial Regex ExactVersion();

    private static SettingsProblem[] Unset(string setting) => [new($"CloudSettings.{setting}", null, null, "is not set", "settings (every field has its default)", null)];

    [GeneratedRegex("^[a-z]+-[a-z]+[0-9]+$")]
    private static partial Regex RegionName();
}
