using ServeInfra.Core.Networking;
using ServeInfra.Core.Settings;

namespace ServeInfra.Core.Tests.Settings;

/// <summary>The rules of the cloud's records, on records built in code (no stack config); <see cref="SettingsRuleTests"/> runs <see cref="Cases"/>.</summary>
public class CloudSettingsValidateTests
{
    private static readonly CloudSettings Cloud = new() { Name = "serve-dev" };

    /// <summary>One bad value per rule, and the one line <c>Validate()</c> must give for it.</summary>
    internal static Dictionary<string, (Func<IReadOnlyList<SettingsProblem>> Validate, string Expected)> Cases { get; } = new()
    {
        ["project missing"] = (() => new StackSettings { Project = "", Cloud = Cloud, Cluster = new() }.Validate(),
            "StackSettings.Project (gcp:project): is not set. Allowed: your GCP project id (6 to 30 characters: a-z, 0-9, -)."),
        ["project id"] = (() => new StackSettings { Project = "My_Project", Cloud = Cloud, Cluster = new() }.Validate(),
            "StackSettings.Project (gcp:project): \"My_Project\" is not a GCP project id. Allowed: 6 to 30 characters: lower-case letters, digits and hyphens, starting with a letter."),
        ["region"] = (() => (Cloud with { Region = "us central1" }).Validate(),
            "CloudSettings.Region (serveinfra:region): \"us central1\" is not a GCP region name. Allowed: a region such as us-central1 or europe-west4."),
        ["cloud name"] = (() => (Cloud with { Name = "Serve_Prod" }).Validate(),
            "CloudSettings.Name (serveinfra:cloudName): \"Serve_Prod\" is not a valid cloud name. Allowed: 4 to 20 characters: lower-case letters, digits and hyphens, starting with a letter, not ending with a hyphen."),
        ["cloud name too short"] = (() => (Cloud with { Name = "srv" }).Validate(),
            "CloudSettings.Name (serveinfra:cloudName): \"srv\" is not a valid cloud name. Allowed: 4 to 20 characters: lower-case letters, digits and hyphens, starting with a letter, not ending with a hyphen."),
        ["release channel"] = (() => (Cloud with { ReleaseChannel = (ReleaseChannel)9 }).Validate(),
            "CloudSettings.ReleaseChannel (serveinfra:releaseChannel): \"9\" is not a GKE release channel. Allowed: RAPID, REGULAR, STABLE or EXTENDED."),
        ["maintenance window"] = (() => (Cloud with { MaintenanceWindow = null! }).Validate(),
            "CloudSettings.MaintenanceWindow (serveinfra:maintenanceWindow): is not set. Allowed: a value such as \"SA,SU 00:00-08:00\"."),
        ["kuberay version"] = (() => (Cloud with { KubeRayVersion = "1.8.0" }).Validate(),
            "CloudSettings.KubeRayVersion (serveinfra:kuberayVersion): \"1.8.0\" is not a KubeRay chart version ServeInfra supports. Allowed: an exact version from 1.5.1 (Ray token auth) to 1.7.x (the newest whose CRDs ServeInfra applies), such as 1.7.0."),
        ["authorized networks"] = (() => (Cloud with { AuthorizedNetworks = [.. Enumerable.Range(0, 51).Select(i => Ipv4Cidr.Parse($"203.0.{i}.0/24"))] }).Validate(),
            "CloudSettings.AuthorizedNetworks (serveinfra:authorizedNetworks): \"51 ranges\" is more than GKE accepts. Allowed: at most 50 ranges."),
        ["subnet prefix"] = (() => new NetworkSettings { SubnetCidr = Ipv4Cidr.Parse("10.0.0.0/30") }.Validate(),
            "NetworkSettings.SubnetCidr (serveinfra:subnetCidr): \"10.0.0.0/30\" has a /30 prefix. Allowed: a range such as 10.10.0.0/20."),
        ["pods private"] = (() => new NetworkSettings { PodsCidr = Ipv4Cidr.Parse("100.64.0.0/14") }.Validate(),
            "NetworkSettings.PodsCidr (serveinfra:podsCidr): \"100.64.0.0/14\" is not in private (RFC 1918) space. Allowed: a range such as 10.16.0.0/14."),
        ["master prefix"] = (() => new NetworkSettings { MasterCidr = Ipv4Cidr.Parse("172.16.0.0/24") }.Validate(),
            "NetworkSettings.MasterCidr (serveinfra:masterCidr): \"172.16.0.0/24\" has a /24 prefix. Allowed: a range such as 172.16.0.32/28."),
        ["overlap"] = (() => new NetworkSettings { ServicesCidr = Ipv4Cidr.Parse("10.16.0.0/20") }.Validate(),
            "NetworkSettings.ServicesCidr (serveinfra:servicesCidr): \"10.16.0.0/20\" overlaps serveinfra:podsCidr (10.16.0.0/14). Allowed: ranges that share no address."),
        ["machine type"] = (() => new NodePoolSettings { MachineType = "E2 standard" }.Validate(),
            "NodePoolSettings.MachineType (serveinfra:nodeMachineType): \"E2 standard\" is not a Compute Engine machine type. Allowed: a type such as e2-standard-8 or n2-highmem-16."),
        ["min nodes"] = (() => new NodePoolSettings { MinNodes = -1 }.Validate(),
            "NodePoolSettings.MinNodes (serveinfra:nodeMinCount): \"-1\" is out of range. Allowed: 0 to 1000."),
        ["max nodes"] = (() => new NodePoolSettings { MaxNodes = 1001 }.Validate(),
            "NodePoolSettings.MaxNodes (serveinfra:nodeMaxCount): \"1001\" is out of range. Allowed: 1 to 1000."),
        ["max below min nodes"] = (() => new NodePoolSettings { MinNodes = 4, MaxNodes = 3 }.Validate(),
            "NodePoolSettings.MaxNodes (serveinfra:nodeMaxCount): \"3\" is below serveinfra:nodeMinCount (4). Allowed: a number from 4 to 1000."),
        ["disk"] = (() => new NodePoolSettings { DiskSizeGb = 10 }.Validate(),
            "NodePoolSettings.DiskSizeGb (serveinfra:nodeDiskSizeGb): \"10\" is out of range. Allowed: 50 to 65536."),
    };

    [Fact]
    public void The_defaults_are_valid() =>
        Assert.Empty(new StackSettings { Project = "serve-test-123", Cloud = Cloud, Cluster = new() }.Validate());

    [Fact]
    public void An_out_of_range_bound_is_not_also_compared_with_the_other()
    {
        var problems = new NodePoolSettings { MinNodes = 1001, MaxNodes = 3 }.Validate();

        Assert.Equal("NodePoolSettings.MinNodes (serveinfra:nodeMinCount): \"1001\" is out of range. Allowed: 0 to 1000.", Assert.Single(problems).ToString());
    }
}
