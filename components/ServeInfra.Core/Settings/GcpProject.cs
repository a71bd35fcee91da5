using System.Text.RegularExpressions;
using ServeInfra.Core.Configuration;

namespace ServeInfra.Core.Settings;

/// <summary>The one rule for a GCP project id (<c>gcp:project</c>), used by the config loader and by <c>ServeCloud</c>.</summary>
public static partial class GcpProject
{
    /// <summary>
    /// Every problem with <paramref name="project"/> (at most one), naming <paramref name="setting"/> and the
    /// <c>gcp:project</c> key; empty when it is a valid project id.
    /// </summary>
    public static IReadOnlyList<SettingsProblem> Validate(string? project, string setting)
    {
        if (string.IsNullOrEmpty(project))
        {
            return [new(setting, ConfigKeys.GcpProject, null, "is not set", "your GCP project id (6 to 30 characters: a-z, 0-9, -)", ConfigKeys.GcpProjectFix)];
        }

        return ProjectId().IsMatch(project)
            ? []
            : [new(setting, ConfigKeys.GcpProject, project, "is not a GCP project id", "6 to 30 characters: lower-case letters, digits and hyphens, starting with a letter", ConfigKeys.GcpProjectFix)];
    }

    [GeneratedRegex("^[a-z][-a-z0-9]{4,28}[a-z0-9]$")]
    private static partial Regex ProjectId();
}
