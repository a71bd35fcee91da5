using System.Net;
using ServeInfra.Core.Access;
using ServeInfra.Core.Configuration;
using ServeInfra.PulumiCli;
using ServeInfra.Repository.Tests.Support;

namespace ServeInfra.Repository.Tests.Stacks;

public class ProdStackTests
{
    private const string SomeProject = "serve-prod-123";

    private readonly StackFile prod = StackFile.Load("prod");

    [Fact]
    public void Every_key_is_one_the_program_reads()
    {
        var known = ConfigKeys.All.Select(k => k.FullName).Append(ConfigKeys.GcpProject).ToHashSet(StringComparer.Ordinal);
        var keys = prod.Config.Keys();

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.True(known.Contains(key), $"'{key}' is not a key the program reads: Pulumi would keep a typo silently"));
    }

    [Fact]
    public void Deletion_protection_is_on()
    {
        Assert.Equal("true", prod.Setting("deletionProtection"));
    }

    [Fact]
    public void The_endpoint_is_public_on_a_real_domain()
    {
        Assert.Equal("public", prod.Setting("access"));
        var domain = prod.Setting("domain");
        Assert.False(string.IsNullOrWhiteSpace(domain), "prod needs serveinfra:domain: without it the certificate is for <ip>.sslip.io, a trial name");
        Assert.DoesNotContain("sslip.io", domain, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("nip.io", domain, StringComparison.OrdinalIgnoreCase);
        Assert.True(Uri.CheckHostName(domain) == UriHostNameType.Dns, $"'{domain}' is not a DNS name");
    }

    [Fact]
    public void The_control_plane_is_not_open_to_the_world()
    {
        var networks = prod.List("authorizedNetworks");

        // Absent would mean the program's default, 0.0.0.0/0.
        Assert.NotEmpty(networks);
        Assert.All(networks, cidr =>
        {
            Assert.True(IPNetwork.TryParse(cidr, out var network), $"'{cidr}' is not a CIDR range");
            Assert.True(network.PrefixLength > 0, $"'{cidr}' is the whole internet");
        });
    }

    [Fact]
    public void The_project_is_left_to_pulumi_config_set()
    {
        Assert.DoesNotContain(ConfigKeys.GcpProject, prod.Config.Keys());
    }

    [Fact]
    public void Without_a_project_the_program_stops_and_names_the_command_that_sets_it()
    {
        var result = StackConfigLoader.Load(StackSession.FromRepository("prod").Up().Values, "prod");

        Assert.False(result.IsValid);
        Assert.Contains("pulumi config set gcp:project", result.ErrorReport(), StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_project_the_program_accepts_every_key_and_deploys_what_the_file_says()
    {
        var program = StackSession.FromRepository("prod").Set(ConfigKeys.GcpProject, SomeProject).Up();

        var result = StackConfigLoader.Load(program.Values, "prod");

        Assert.True(result.IsValid, result.IsValid ? "" : result.ErrorReport());
        Assert.Empty(result.Ignored);
        var settings = result.Settings!;
        Assert.True(settings.Cloud.DeletionProtection);
        Assert.Equal(prod.List("authorizedNetworks"), settings.Cloud.AuthorizedNetworks.Select(n => n.ToString()));
        var access = Assert.IsType<PublicAccess>(settings.Cluster.Access);
        Assert.Equal(prod.Setting("domain"), access.Domain);
    }
}
