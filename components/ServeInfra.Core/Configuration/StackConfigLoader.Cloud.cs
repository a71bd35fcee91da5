using ServeInfra.Core.Gke;
using ServeInfra.Core.Naming;
using ServeInfra.Core.Settings;

namespace ServeInfra.Core.Configuration;

public static partial class StackConfigLoader
{
    private static CloudSettings ReadCloud(ConfigReader reader, string stackName)
    {
        var channelText = reader.String(ConfigKeys.ReleaseChannel);
        if (!ReleaseChannels.TryParse(channelText, out var channel))
        {
            reader.Fail(ConfigKeys.ReleaseChannel, channelText, CloudSettings.UnknownReleaseChannel, ConfigKeys.ReleaseChannel.AllowedText!);
            channel = CloudSettings.DefaultReleaseChannel;
        }

        var windowText = reader.String(ConfigKeys.MaintenanceWindow);
        if (!MaintenanceWindow.TryParse(windowText, out var window, out var windowProblem))
        {
            reader.Fail(ConfigKeys.MaintenanceWindow, windowText, windowProblem!, CloudSettings.MaintenanceWindowAllowed);
        }

        return new CloudSettings
        {
            Name = reader.String(ConfigKeys.CloudName, NameRules.DefaultCloudName(stackName)),
            Region = reader.String(ConfigKeys.Region),
            Network = new NetworkSettings
            {
                SubnetCidr = reader.Cidr(ConfigKeys.SubnetCidr),
                PodsCidr = reader.Cidr(ConfigKeys.PodsCidr),
                ServicesCidr = reader.Cidr(ConfigKeys.ServicesCidr),
                MasterCidr = reader.Cidr(ConfigKeys.MasterCidr),
            },
            AuthorizedNetworks = reader.CidrList(ConfigKeys.AuthorizedNetworks),
            ReleaseChannel = channel,
            MaintenanceWindow = window ?? MaintenanceWindow.Default,
            DeletionProtection = reader.Bool(ConfigKeys.DeletionProtection),
            NodePool = new NodePoolSettings
            {
                MachineType = reader.String(ConfigKeys.NodeMachineType),
                MinNodes = reader.Int(ConfigKeys.NodeMinCount),
                MaxNodes = reader.Int(ConfigKeys.NodeMaxCount),
                DiskSizeGb = reader.Int(ConfigKeys.NodeDiskSizeGb),
            },
            KubeRayVersion = reader.String(ConfigKeys.KubeRayVersion),
        };
    }
}
