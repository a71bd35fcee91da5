using ServeInfra.Core.Configuration;
using ServeInfra.Core.Networking;

namespace ServeInfra.Core.Settings;

public sealed partial record NetworkSettings
{
    /// <summary>
    /// Every problem with the address plan: each range's prefix length and private space, then every pair that
    /// overlaps. One message each, naming the setting, its config key, the range and what is allowed.
    /// </summary>
    public IReadOnlyList<SettingsProblem> Validate()
    {
        var checks = new SettingsChecks();
        var ranges = new (string Setting, ConfigKey Key, Ipv4Cidr Range, int Shortest, int Longest)[]
        {
            (nameof(SubnetCidr), ConfigKeys.SubnetCidr, SubnetCidr, 8, 29),
            (nameof(PodsCidr), ConfigKeys.PodsCidr, PodsCidr, 9, 21),
            (nameof(ServicesCidr), ConfigKeys.ServicesCidr, ServicesCidr, 16, 27),
            (nameof(MasterCidr), ConfigKeys.MasterCidr, MasterCidr, 28, 28),
        };
        foreach (var (setting, key, range, shortest, longest) in ranges)
        {
            var problem = range.PrefixLength < shortest || range.PrefixLength > longest ? $"has a /{range.PrefixLength} prefix"
                : !range.IsPrivate ? "is not in private (RFC 1918) space"
                : null;
            if (problem is not null)
            {
                checks.Fail($"NetworkSettings.{setting}", key, range.ToString(), problem, "a range such as " + key.Example);
            }
        }

        for (var i = 0; i < ranges.Length; i++)
        {
            for (var j = i + 1; j < ranges.Length; j++)
            {
                if (ranges[i].Range.Overlaps(ranges[j].Range))
                {
                    checks.Fail($"NetworkSettings.{ranges[j].Setting}", ranges[j].Key, ranges[j].Range.ToString(),
                        $"overlaps {ranges[i].Key.FullName} ({ranges[i].Range})", "ranges that share no address");
                }
            }
        }

        return checks.Problems;
    }
}
