using ServeInfra.Core.Gke;
using ServeInfra.Core.Naming;
using ServeInfra.Core.Networking;
using ServeInfra.Core.Ray;
using ServeInfra.Core.Settings;

namespace ServeInfra.Core.Configuration;

public static partial class StackConfigLoader
{
    private static CloudSettings ReadCloud(ConfigReader reader, string stackName)
    {
        var region = reader.String(ConfigKeys.Region);
        if (!RegionName().IsMatch(region))
        {
            reader.Fail(ConfigKeys.Region, region, "is not a GCP region name", "a region such as us-central1 or europe-west4");
        }

        var name = reader.String(ConfigKeys.CloudName, NameRules.DefaultCloudName(stackName));
        if (!NameRules.IsDnsLabel(name, NameRules.MaxCloudNameLength) || name.Length < 4)
        {
            reader.Fail(ConfigKeys.CloudName, name, "is not a valid cloud name",
                $"4 to {NameRules.MaxCloudNameLength} characters: lower-case letters, digits and hyphens, starting with a letter, not ending with a hyphen");
        }

        var channelText = reader.String(ConfigKeys.ReleaseChannel);
        if (!ReleaseChannels.TryParse(channelText, out var channel))
        {
            reader.Fail(ConfigKeys.ReleaseChannel, channelText, "is not a GKE release channel", ConfigKeys.ReleaseChannel.AllowedText!);
        }

        var windowText = reader.String(ConfigKeys.MaintenanceWindow);
        if (!MaintenanceWindow.TryParse(windowText, out var window, out var windowProblem))
        {
            reader.Fail(ConfigKeys.MaintenanceWindow, windowText, windowProblem!,
                "days as MO, TU, WE, TH, FR, SA, SU (comma-separated) or DAILY, then HH:MM-HH:MM in UTC; at least 4 hours, and 12 hours a week");
        }

        var kuberay = reader.String(ConfigKeys.KubeRayVersion);
        if (!Semver().IsMatch(kuberay) || !KubeRayChart.IsSupported(kuberay))
        {
            reader.Fail(ConfigKeys.KubeRayVersion, kuberay, "is not a KubeRay chart version ServeInfra supports",
                $"an exact version from {KubeRayChart.Oldest} (Ray token auth) to {KubeRayChart.NewestMinor}.x (the newest whose CRDs ServeInfra applies), such as 1.7.0");
        }

        var authorized = reader.CidrList(ConfigKeys.AuthorizedNetworks);
        if (authorized.Count > 50)
        {
            reader.Fail(ConfigKeys.AuthorizedNetworks, $"{authorized.Count} ranges", "is more than GKE accepts", "at most 50 ranges");
        }

        return new CloudSettings
        {
            Name = name,
            Region = region,
            Network = ReadNetwork(reader),
            AuthorizedNetworks = authorized,
            ReleaseChannel = channel,
            MaintenanceWindow = window ?? MaintenanceWindow.Default,
            DeletionProtection = reader.Bool(ConfigKeys.DeletionProtection),
            NodePool = ReadNodePool(reader),
            KubeRayVersion = kuberay,
        };
    }

    private static NetworkSettings ReadNetwork(ConfigReader reader)
    {
        string? Prefix(Ipv4Cidr range, int shortest, int longest, bool mustBePrivate) =>
            range.PrefixLength < shortest || range.PrefixLength > longest ? $"has a /{range.PrefixLength} prefix"
            : mustBePrivate && !range.IsPrivate ? "is not in private (RFC 1918) space"
            : null;

        var network = new NetworkSettings
        {
            SubnetCidr = reader.Cidr(ConfigKeys.SubnetCidr, r => Prefix(r, 8, 29, true)),
            PodsCidr = reader.Cidr(ConfigKeys.PodsCidr, r => Prefix(r, 9, 21, true)),
            ServicesCidr = reader.Cidr(ConfigKeys.ServicesCidr, r => Prefix(r, 16, 27, true)),
            MasterCidr = reader.Cidr(ConfigKeys.MasterCidr, r => Prefix(r, 28, 28, true)),
        };

        var named = new (ConfigKey Key, Ipv4Cidr Range)[]
        {
            (ConfigKeys.SubnetCidr, network.SubnetCidr), (ConfigKeys.PodsCidr, network.PodsCidr),
            (ConfigKeys.ServicesCidr, network.ServicesCidr), (ConfigKeys.MasterCidr, network.MasterCidr),
        };
        for (var i = 0; i < named.Length; i++)
        {
            for (var j = i + 1; j < named.Length; j++)
            {
                if (named[i].Range.Overlaps(named[j].Range))
                {
                    reader.Fail(named[j].Key, named[j].Range.ToString(), $"overlaps {named[i].Key.FullName} ({named[i].Range})",
                        "ranges that share no address");
                }
            }
        }

        return network;
    }

    private static NodePoolSettings ReadNodePool(ConfigReader reader)
    {
        var machineType = reader.String(ConfigKeys.NodeMachineType);
        if (!MachineType().IsMatch(machineType))
        {
            reader.Fail(ConfigKeys.NodeMachineType, machineType, "is not a Compute Engine machine type", "a type such as e2-standard-8 or n2-highmem-16");
        }

        var min = reader.Int(ConfigKeys.NodeMinCount);
        var max = reader.Int(ConfigKeys.NodeMaxCount);
        if (max < min)
        {
            reader.Fail(ConfigKeys.NodeMaxCount, max.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"is below {ConfigKeys.NodeMinCount.FullName} ({min})", $"a number from {Math.Max(1, min)} to {ConfigKeys.NodeMaxCount.Range!.Value.Max}");
        }

        return new NodePoolSettings
        {
            MachineType = machineType,
            MinNodes = min,
            MaxNodes = max,
            DiskSizeGb = reader.Int(ConfigKeys.NodeDiskSizeGb),
        };
    }
}
