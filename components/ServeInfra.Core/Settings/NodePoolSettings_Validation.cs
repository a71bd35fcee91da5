using System.Text.RegularExpressions;
using ServeInfra.Core.Configuration;

namespace ServeInfra.Core.Settings;

public sealed partial record NodePoolSettings
{
    /// <summary>
    /// Every problem with the node pool, one each naming the setting, its config key, the bad value and what is allowed.
    /// Ranges are the config keys'; the minimum and maximum are compared only when both are in range.
    /// </summary>
    public IReadOnlyList<SettingsProblem> Validate()
    {
        var checks = new SettingsChecks();
        if (MachineType is null || !MachineTypeName().IsMatch(MachineType))
        {
            checks.Fail("NodePoolSettings.MachineType", ConfigKeys.NodeMachineType, MachineType, "is not a Compute Engine machine type", "a type such as e2-standard-8 or n2-highmem-16");
        }

        checks.MinMax("NodePoolSettings.MinNodes", ConfigKeys.NodeMinCount, MinNodes, "NodePoolSettings.MaxNodes", ConfigKeys.NodeMaxCount, MaxNodes);
        checks.InRange("NodePoolSettings.DiskSizeGb", ConfigKeys.NodeDiskSizeGb, DiskSizeGb);
        return checks.Problems;
    }

    [GeneratedRegex("^[a-z][a-z0-9]*-[a-z0-9-]*[a-z0-9]$")]
    private static partial Regex MachineTypeName();
}
