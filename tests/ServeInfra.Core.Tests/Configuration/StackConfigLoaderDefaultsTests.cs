using ServeInfra.Core.Access;
using ServeInfra.Core.Configuration;
using ServeInfra.Core.Serve;
using ServeInfra.Core.Settings;
using ServeInfra.Core.Tests.Support;
using ServeInfra.Core.Tokens;

namespace ServeInfra.Core.Tests.Configuration;

public class StackConfigLoaderDefaultsTests
{
    [Fact]
    public void Only_a_project_gives_a_private_cluster_with_documented_defaults()
    {
        var result = StackConfigLoader.Load(RawConfig.With(), "dev");

        Assert.True(result.IsValid, result.IsValid ? "" : result.ErrorReport());
        var settings = result.Settings!;
        Assert.Equal(RawConfig.Project, settings.Project);
        Assert.Equal("serve-dev", settings.Cloud.Name);
        Assert.Equal("us-central1", settings.Cloud.Region);
        Assert.Equal(ReleaseChannel.Regular, settings.Cloud.ReleaseChannel);
        Assert.True(settings.Cloud.DeletionProtection);
        Assert.Equal("1.7.0", settings.Cloud.KubeRayVersion);
        Assert.Equal("SA,SU 00:00-08:00", settings.Cloud.MaintenanceWindow.ToString());
        Assert.Equal(["0.0.0.0/0"], settings.Cloud.AuthorizedNetworks.Select(r => r.ToString()));
        Assert.Equal("10.10.0.0/20", settings.Cloud.Network.SubnetCidr.ToString());
        Assert.Equal("serve", settings.Cluster.Name);
        var access = Assert.IsType<PrivateAccess>(settings.Cluster.Access);
        Assert.Empty(access.ExtraSourceRanges);
        Assert.False(access.GlobalAccess);
        Assert.Equal("rayproject/ray:2.52.0", settings.Cluster.Ray.Image);
        Assert.Equal([ServeApplication.Default], settings.Cluster.Applications);
        Assert.Empty(result.Ignored);
    }

    [Fact]
    public void Public_access_defaults_to_one_default_token_and_a_300_second_timeout()
    {
        var result = StackConfigLoader.Load(RawConfig.With(("access", "public")), "dev");

        var access = Assert.IsType<PublicAccess>(result.Settings!.Cluster.Access);
        Assert.Null(access.Domain);
        Assert.Equal(300, access.BackendTimeoutSeconds);
        Assert.Equal(2, access.GatewayReplicas);
        Assert.Equal([TokenSettings.Default], access.Tokens);
    }

    [Fact]
    public void Every_key_is_read_into_the_settings()
    {
        var result = StackConfigLoader.Load(RawConfig.With(
            ("region", "europe-west4"), ("cloudName", "ml-prod"), ("subnetCidr", "10.100.0.0/20"),
            ("podsCidr", "10.104.0.0/14"), ("servicesCidr", "10.108.0.0/20"), ("masterCidr", "172.16.5.0/28"),
            ("authorizedNetworks", "[\"203.0.113.0/24\",\"198.51.100.7/32\"]"), ("releaseChannel", "STABLE"), ("maintenanceWindow", "TU,TH 22:00-04:00"),
            ("deletionProtection", "false"), ("nodeMachineType", "n2-highmem-16"), ("nodeMinCount", "0"),
            ("nodeMaxCount", "10"), ("nodeDiskSizeGb", "200"), ("kuberayVersion", "1.6.1"), ("clusterName", "llm"),
            ("access", "public"), ("rayVersion", "2.53.0"), ("rayImage", "rayproject/ray:2.53.0-py311-gpu"),
            ("headCpu", "500m"), ("headMemory", "4Gi"), ("workerCpu", "8"), ("workerMemory", "64Gi"),
            ("workerMinReplicas", "0"), ("workerMaxReplicas", "20"), ("domain", "serve.example.com"),
            ("backendTimeoutSeconds", "900"), ("gatewayReplicas", "3"),
            ("tokens", "[{\"name\":\"default\",\"generation\":3,\"retiredThrough\":1},{\"name\":\"ci\",\"generation\":1,\"requestsPerSecond\":5},{\"name\":\"batch\",\"requestsPerSecond\":2,\"burst\":0}]"),
            ("applications", "[{\"name\":\"llm\",\"routePrefix\":\"/v1\",\"importPath\":\"serve_llm.app:build\",\"runtimeEnv\":{\"workingDir\":\"gs://bucket/app.zip\",\"pip\":[\"vllm==0.9.1\"],\"envVars\":{\"HF_HOME\":\"/tmp/hf\"}}}]")),
            "prod");

        Assert.True(result.IsValid, result.IsValid ? "" : result.ErrorReport());
        var s = result.Settings!;
        Assert.Equal(("europe-west4", "ml-prod", ReleaseChannel.Stable, false), (s.Cloud.Region, s.Cloud.Name, s.Cloud.ReleaseChannel, s.Cloud.DeletionProtection));
        Assert.Equal("172.16.5.0/28", s.Cloud.Network.MasterCidr.ToString());
        Assert.Equal(["203.0.113.0/24", "198.51.100.7/32"], s.Cloud.AuthorizedNetworks.Select(r => r.ToString()));
        Assert.Equal(new NodePoolSettings { MachineType = "n2-highmem-16", MinNodes = 0, MaxNodes = 10, DiskSizeGb = 200 }, s.Cloud.NodePool);
        Assert.Equal("1.6.1", s.Cloud.KubeRayVersion);
        Assert.Equal(("FREQ=WEEKLY;BYDAY=TU,TH", "2024-01-02T22:00:00Z", "2024-01-03T04:00:00Z"),
            (s.Cloud.MaintenanceWindow.Recurrence, s.Cloud.MaintenanceWindow.StartTime, s.Cloud.MaintenanceWindow.EndTime));
        Assert.Equal(new ComputeResources("500m", "4Gi"), s.Cluster.Ray.Head);
        Assert.Equal(new ComputeResources("8", "64Gi"), s.Cluster.Ray.Worker);
        Assert.Equal((0, 20), (s.Cluster.Ray.WorkerMinReplicas, s.Cluster.Ray.WorkerMaxReplicas));
        var access = Assert.IsType<PublicAccess>(s.Cluster.Access);
        Assert.Equal(("serve.example.com", 900, 3), (access.Domain, access.BackendTimeoutSeconds, access.GatewayReplicas));
        Assert.Equal(
            [
                new TokenSettings { Name = "default", Generation = 3, RetiredThrough = 1 },
                new TokenSettings { Name = "ci", Generation = 1, RateLimit = new TokenRateLimit(5, 5) },
                new TokenSettings { Name = "batch", RateLimit = new TokenRateLimit(2, 0) },
            ],
            access.Tokens);
        var app = Assert.Single(s.Cluster.Applications);
        Assert.Equal(("llm", "/v1", "serve_llm.app:build"), (app.Name, app.RoutePrefix, app.ImportPath));
        Assert.Equal("gs://bucket/app.zip", app.RuntimeEnv.WorkingDir);
        Assert.Equal(["vllm==0.9.1"], app.RuntimeEnv.Pip);
        Assert.Equal("/tmp/hf", app.RuntimeEnv.EnvVars["HF_HOME"]);
    }

    [Fact]
    public void Keys_of_the_other_access_mode_are_reported_as_ignored()
    {
        var result = StackConfigLoader.Load(RawConfig.With(("domain", "serve.example.com"), ("gatewayReplicas", "3")), "dev");

        Assert.True(result.IsValid);
        Assert.Equal(["serveinfra:domain", "serveinfra:gatewayReplicas"], result.Ignored);
    }

    [Theory]
    [InlineData("dev", "serve-dev")]
    [InlineData("Prod_EU", "serve-prod-eu")]
    [InlineData("a-very-long-stack-name-indeed", "serve-a-very-long-st")]
    public void The_default_cloud_name_derives_from_the_stack(string stack, string expected)
    {
        var result = StackConfigLoader.Load(RawConfig.With(), stack);

        Assert.Equal(expected, result.Settings!.Cloud.Name);
    }
}
