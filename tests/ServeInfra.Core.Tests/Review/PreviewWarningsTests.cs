using ServeInfra.Core.Configuration;
using ServeInfra.Core.Review;
using ServeInfra.Core.Tests.Support;

namespace ServeInfra.Core.Tests.Review;

public class PreviewWarningsTests
{
    private static IReadOnlyList<string> Warnings(string stack, params (string, string?)[] config)
    {
        var result = StackConfigLoader.Load(RawConfig.With(config), stack);
        Assert.True(result.IsValid, result.IsValid ? "" : result.ErrorReport());
        var s = result.Settings!;
        return PreviewWarnings.ForCloud(s.Cloud, stack)
            .Concat(PreviewWarnings.ForCluster(s.Cluster, s.Cloud.Network, result.Ignored))
            .Select(w => $"{w.Subject}: {w.Message}")
            .ToList();
    }

    private static readonly (string, string?) Closed = ("authorizedNetworks", "[\"203.0.113.0/24\"]");

    [Fact]
    public void A_locked_down_private_stack_has_no_warnings() =>
        Assert.Empty(Warnings("prod", Closed));

    [Fact]
    public void An_open_control_plane_is_flagged_on_the_cloud()
    {
        var warning = Assert.Single(Warnings("prod"));
        Assert.StartsWith("Cloud: The GKE control plane accepts connections from anywhere", warning, StringComparison.Ordinal);
        Assert.Contains("pulumi config set --path 'serveinfra:authorizedNetworks[0]'", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("prod", true)]
    [InlineData("staging", true)]
    [InlineData("dev", false)]
    [InlineData("dev-alice", false)]
    [InlineData("pr-42", false)]
    public void Deletion_protection_off_is_flagged_outside_dev_stacks(string stack, bool flagged)
    {
        var warnings = Warnings(stack, Closed, ("deletionProtection", "false"));
        Assert.Equal(flagged, warnings.Any(w => w.Contains("Deletion protection is off", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_public_cluster_without_a_domain_is_flagged_as_a_trial()
    {
        var warning = Assert.Single(Warnings("prod", Closed, ("access", "public")));
        Assert.StartsWith("Cluster: Public cluster 'serve' has no domain", warning, StringComparison.Ordinal);
        Assert.Empty(Warnings("prod", Closed, ("access", "public"), ("domain", "serve.example.com")));
    }

    [Theory]
    [InlineData("10.0.0.0/8", true)]
    [InlineData("0.0.0.0/0", true)]
    [InlineData("100.64.0.0/10", true)]
    [InlineData("192.168.10.0/24", false)]
    [InlineData("10.10.0.0/20", false)]
    public void Private_source_ranges_wider_than_the_vpc_are_flagged(string range, bool flagged)
    {
        var warnings = Warnings("prod", Closed, ("privateSourceRanges", $"[\"{range}\"]"));
        Assert.Equal(flagged, warnings.Any(w => w.Contains($"admits {range}", StringComparison.Ordinal)));
    }

    [Fact]
    public void Keys_the_access_mode_ignores_are_flagged_with_the_command_that_removes_them()
    {
        var warning = Assert.Single(Warnings("prod", Closed, ("domain", "serve.example.com")));
        Assert.Equal("Cluster: serveinfra:domain is set but has no effect on a private cluster. Remove it: pulumi config rm serveinfra:domain", warning);
    }

    [Fact]
    public void Global_access_without_other_regions_ranges_is_flagged_because_source_ranges_still_apply()
    {
        var warning = Assert.Single(Warnings("prod", Closed, ("privateGlobalAccess", "true")));

        Assert.StartsWith("Cluster: Private cluster 'serve' has global access on (serveinfra:privateGlobalAccess) but admits only this region's subnet and pod ranges (10.10.0.0/20, 10.16.0.0/14)", warning, StringComparison.Ordinal);
        Assert.EndsWith("pulumi config set --path 'serveinfra:privateSourceRanges[0]' 192.168.0.0/16", warning, StringComparison.Ordinal);
        Assert.Empty(Warnings("prod", Closed, ("privateGlobalAccess", "true"), ("privateSourceRanges", "[\"10.40.0.0/20\"]")));
    }
}
