using ServeInfra.Core.Networking;

namespace ServeInfra.Core.Tests.Networking;

public class SecondaryRangeNamesTests
{
    [Theory]
    [InlineData("pods", "services")]
    [InlineData("gke-pods-1", "gke-services-1")]
    [InlineData("p", "s")]
    public void Names_gcp_accepts_pass(string pods, string services) =>
        Assert.Empty(new SecondaryRangeNames(pods, services).Validate());

    [Fact]
    public void The_names_of_serve_clouds_own_subnet_pass() => Assert.Empty(SecondaryRangeNames.Own.Validate());

    // Compute API, SubnetworkSecondaryRange.rangeName: "1-63 characters long, and comply with RFC1035".
    [Theory]
    [InlineData("")]
    [InlineData("Pods")]
    [InlineData("1pods")]
    [InlineData("pods-")]
    [InlineData("pods_1")]
    [InlineData("pods.1")]
    public void A_name_gcp_refuses_is_reported_with_the_field_the_value_and_the_rule(string pods)
    {
        var error = Assert.Single(new SecondaryRangeNames(pods, "services").Validate());

        Assert.StartsWith($"SecondaryRangeNames.Pods: '{pods}' is not allowed;", error, StringComparison.Ordinal);
        Assert.Contains("1-63 characters", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sixty_three_characters_pass_and_sixty_four_do_not()
    {
        Assert.Empty(new SecondaryRangeNames(new string('p', 63), "services").Validate());
        Assert.Single(new SecondaryRangeNames(new string('p', 64), "services").Validate());
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var errors = new SecondaryRangeNames("Pods", null!).Validate();

        Assert.Equal(2, errors.Count);
        Assert.StartsWith("SecondaryRangeNames.Pods: 'Pods'", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("SecondaryRangeNames.Services: ''", errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public void One_range_cannot_hold_both_pods_and_services()
    {
        var error = Assert.Single(new SecondaryRangeNames("shared", "shared").Validate());

        Assert.Equal("SecondaryRangeNames.Services: 'shared' is also the pods range; use the subnet's other secondary range.", error);
    }
}
