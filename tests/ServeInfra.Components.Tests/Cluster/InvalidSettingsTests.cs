using Pulumi;
using Pulumi.Testing;
using ServeInfra.Components.Cloud;
using ServeInfra.Components.Cluster;
using ServeInfra.Core.Access;
using ServeInfra.Core.Serve;
using ServeInfra.Core.Settings;
using ServeInfra.Core.Tokens;
using ServeInfra.Tests.Support;

namespace ServeInfra.Components.Tests.Cluster;

/// <summary>Settings built in code, without stack config, get the records' own checks before any resource is registered.</summary>
public class InvalidSettingsTests
{
    private static readonly ClusterSettings BadCluster = new()
    {
        Name = "Api_1",
        Access = new PublicAccess { GatewayReplicas = 1, Tokens = [new TokenSettings { Name = "ci" }] },
        Applications = [ServeApplication.Default with { Name = "_app" }],
    };

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_cluster_with_invalid_settings_registers_nothing_and_lists_every_problem(bool preview)
    {
        var mocks = new ServeMocks();

        var error = await Assert.ThrowsAsync<RunException>(() => Deployment.TestAsync(mocks, new TestOptions { IsPreview = preview }, () =>
        {
            var cloud = new ServeCloud("serve-dev", new ServeCloudArgs { Project = TestSettings.Project, Settings = new CloudSettings { Name = "serve-dev" } });
            _ = new ServeCluster("api", new ServeClusterArgs { Platform = cloud.Platform, Settings = BadCluster });
        }));

        Assert.Contains("ServeCluster 'api' has 4 invalid settings; none of its resources were registered:", error.Message, StringComparison.Ordinal);
        Assert.All(BadCluster.Validate(), problem => Assert.Contains("  - " + problem, error.Message, StringComparison.Ordinal));
        Assert.DoesNotContain(mocks.Registered, r => r.Type == ServeCluster.TypeToken || r.Name!.StartsWith("api", StringComparison.Ordinal));

        // The cloud before it was valid, so it was registered: the check belongs to the component whose settings are bad.
        Assert.Contains(mocks.Registered, r => r.Type == "gcp:container/cluster:Cluster");
    }

    [Fact]
    public async Task A_cloud_with_invalid_settings_or_project_registers_nothing()
    {
        var mocks = new ServeMocks();
        var settings = new CloudSettings { Name = "serve-dev", NodePool = new NodePoolSettings { MinNodes = 5, MaxNodes = 2 } };

        var error = await Assert.ThrowsAsync<RunException>(() => Deployment.TestAsync(mocks, new TestOptions { IsPreview = true }, () =>
        {
            _ = new ServeCloud("serve-dev", new ServeCloudArgs { Project = "My_Project", Settings = settings });
        }));

        Assert.Contains("ServeCloud 'serve-dev' has 2 invalid settings; none of its resources were registered:", error.Message, StringComparison.Ordinal);
        Assert.Contains("  - ServeCloudArgs.Project (gcp:project): \"My_Project\" is not a GCP project id.", error.Message, StringComparison.Ordinal);
        Assert.Contains("  - NodePoolSettings.MaxNodes (serveinfra:nodeMaxCount): \"2\" is below serveinfra:nodeMinCount (5). Allowed: a number from 5 to 1000.", error.Message, StringComparison.Ordinal);
        Assert.Empty(mocks.Registered);
    }

    [Fact]
    public async Task Valid_settings_built_in_code_pass_the_same_check()
    {
        var run = await MockRun.Of(true, new ServeCloudArgs { Project = TestSettings.Project, Settings = new CloudSettings { Name = "serve-dev" } },
            [new ClusterSettings { Name = "api", Access = new PublicAccess() }, new ClusterSettings { Name = "batch" }]);

        Assert.Equal(2, run.OfType(ServeCluster.TypeToken).Count());
    }
}
