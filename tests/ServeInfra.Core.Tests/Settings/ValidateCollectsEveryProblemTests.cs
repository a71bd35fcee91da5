using ServeInfra.Core.Access;
using ServeInfra.Core.Serve;
using ServeInfra.Core.Settings;
using ServeInfra.Core.Tokens;

namespace ServeInfra.Core.Tests.Settings;

public class ValidateCollectsEveryProblemTests
{
    [Fact]
    public void Every_problem_of_a_stack_is_reported_at_once()
    {
        var settings = new StackSettings
        {
            Project = "x",
            Cloud = new CloudSettings { Name = "serve-dev", Region = "mars", NodePool = new NodePoolSettings { DiskSizeGb = 1 } },
            Cluster = new ClusterSettings
            {
                Name = "Bad",
                Access = new PublicAccess { GatewayReplicas = 99, Tokens = [TokenSettings.Default, new TokenSettings { Name = "ci", Generation = 0 }] },
                Ray = new RaySettings { WorkerMaxReplicas = 0 },
                Applications = [ServeApplication.Default with { Name = "_app", ImportPath = "" }],
            },
        };

        Assert.Equal(
        [
            "StackSettings.Project", "CloudSettings.Region", "NodePoolSettings.DiskSizeGb", "ClusterSettings.Name", "PublicAccess.GatewayReplicas",
            "PublicAccess.Tokens[1].Generation", "RaySettings.WorkerMaxReplicas", "ClusterSettings.Applications[0].Name", "ClusterSettings.Applications[0].ImportPath",
        ], settings.Validate().Select(problem => problem.Setting));
    }

    [Fact]
    public void A_worker_bound_out_of_range_is_not_also_compared_with_the_other()
    {
        var problems = new RaySettings { WorkerMinReplicas = 101, WorkerMaxReplicas = 4 }.Validate();

        Assert.Equal("RaySettings.WorkerMinReplicas", Assert.Single(problems).Setting);
    }

    [Fact]
    public void A_generation_out_of_range_is_not_also_compared_with_the_retirement()
    {
        var problems = new TokenSettings { Name = "ci", Generation = 0, RetiredThrough = 0 }.Validate();

        Assert.Equal("TokenSettings.Generation", Assert.Single(problems).Setting);
    }

    [Fact]
    public void An_invalid_token_name_is_not_also_reported_as_a_missing_default()
    {
        var problems = new PublicAccess { Tokens = [new TokenSettings { Name = "Default" }] }.Validate();

        Assert.Equal("PublicAccess.Tokens[0].Name", Assert.Single(problems).Setting);
    }

    [Fact]
    public void The_image_follows_the_version_unless_it_is_set()
    {
        Assert.Equal("rayproject/ray:2.53.0", new RaySettings { Version = "2.53.0" }.Image);
        Assert.Empty(new RaySettings { Version = "2.53.0" }.Validate());
        Assert.Equal("rayproject/ray:2.52.0-py311", new RaySettings { Image = "rayproject/ray:2.52.0-py311" }.Image);
    }
}
