using ServeInfra.Core.Access;
using ServeInfra.Core.Configuration;
using ServeInfra.Core.Networking;
using ServeInfra.Core.Serve;
using ServeInfra.Core.Settings;
using ServeInfra.Core.Tests.Support;
using ServeInfra.Core.Tokens;

namespace ServeInfra.Core.Tests.Configuration;

/// <summary>The loader reports what the records' <c>Validate()</c> finds: the same bad value gives the same message either way.</summary>
public class StackConfigLoaderValidateTests
{
    private static readonly Dictionary<string, ((string, string)[] Config, Func<IReadOnlyList<SettingsProblem>> Validate)> Cases = new()
    {
        ["cluster name"] = ([("clusterName", "Serve")], () => new ClusterSettings { Name = "Serve" }.Validate()),
        ["cloud name"] = ([("cloudName", "srv")], () => new CloudSettings { Name = "srv" }.Validate()),
        ["subnet outside private space"] = ([("subnetCidr", "8.8.0.0/20")], () => new NetworkSettings { SubnetCidr = Ipv4Cidr.Parse("8.8.0.0/20") }.Validate()),
        ["node bounds"] = ([("nodeMinCount", "4"), ("nodeMaxCount", "3")], () => new NodePoolSettings { MinNodes = 4, MaxNodes = 3 }.Validate()),
        ["worker range"] = ([("workerMaxReplicas", "0")], () => new RaySettings { WorkerMaxReplicas = 0 }.Validate()),
        ["ray image"] = ([("rayImage", "rayproject/ray:latest")], () => new RaySettings { Image = "rayproject/ray:latest" }.Validate()),
        ["domain"] = ([("access", "public"), ("domain", "*.example.com")], () => new PublicAccess { Domain = "*.example.com" }.Validate()),
        ["gateway replicas"] = ([("access", "public"), ("gatewayReplicas", "51")], () => new PublicAccess { GatewayReplicas = 51 }.Validate()),
        ["token retired"] = ([("access", "public"), ("tokens", "[{\"name\":\"default\",\"generation\":2,\"retiredThrough\":2}]")],
            () => new PublicAccess { Tokens = [new TokenSettings { Name = "default", Generation = 2, RetiredThrough = 2 }] }.Validate()),
        ["token burst"] = ([("access", "public"), ("tokens", "[{\"name\":\"default\",\"requestsPerSecond\":5,\"burst\":-1}]")],
            () => new PublicAccess { Tokens = [TokenSettings.Default with { RateLimit = new TokenRateLimit(5, -1) }] }.Validate()),
        ["no default token"] = ([("access", "public"), ("tokens", "[{\"name\":\"ci\"}]")], () => new PublicAccess { Tokens = [new TokenSettings { Name = "ci" }] }.Validate()),
        ["application name"] = ([("applications", "[{\"name\":\"_app\",\"routePrefix\":\"/a\",\"importPath\":\"m:app\"}]")],
            () => new ClusterSettings { Applications = [new ServeApplication { Name = "_app", RoutePrefix = "/a", ImportPath = "m:app" }] }.Validate()),
        ["env var"] = ([("applications", "[{\"name\":\"a\",\"routePrefix\":\"/a\",\"importPath\":\"m:app\",\"runtimeEnv\":{\"envVars\":{\"1X\":\"on\"}}}]")],
            () => new ClusterSettings { Applications = [new ServeApplication { Name = "a", RoutePrefix = "/a", ImportPath = "m:app", RuntimeEnv = new RuntimeEnv { EnvVars = new Dictionary<string, string> { ["1X"] = "on" } } }] }.Validate()),
    };

    public static TheoryData<string> Rules => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Rules))]
    public void The_loader_and_Validate_give_the_same_message_for_the_same_bad_value(string rule)
    {
        var (config, validate) = Cases[rule];

        var loaded = StackConfigLoader.Load(RawConfig.With(config.Select(c => (c.Item1, (string?)c.Item2)).ToArray()), "dev");

        Assert.Equal(Assert.Single(validate()).ToConfigError(), Assert.Single(loaded.Errors));
    }

    [Theory]
    [InlineData("nodeMinCount", "nodeMaxCount")]
    [InlineData("workerMinReplicas", "workerMaxReplicas")]
    public void An_upper_bound_that_does_not_parse_is_one_error_and_its_default_is_not_compared(string minKey, string maxKey)
    {
        // The unparsed maximum stands in as its default (3 nodes, 4 workers), which is below this minimum.
        var loaded = StackConfigLoader.Load(RawConfig.With((minKey, "5"), (maxKey, "many")), "dev");

        var error = Assert.Single(loaded.Errors);
        Assert.Equal(($"serveinfra:{maxKey}", "many", "is not a whole number"), (error.Key, error.Value, error.Problem));
    }

    [Fact]
    public void A_token_that_does_not_parse_is_not_also_a_missing_default()
    {
        var loaded = StackConfigLoader.Load(RawConfig.With(("access", "public"), ("tokens", "[{\"generation\":2}]")), "dev");

        Assert.Equal("serveinfra:tokens[0].name", Assert.Single(loaded.Errors).Key);
    }
}
