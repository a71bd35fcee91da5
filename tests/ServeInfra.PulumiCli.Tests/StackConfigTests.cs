namespace ServeInfra.PulumiCli.Tests;

/// <summary>
/// <c>pulumi config set</c> with and without <c>--path</c> (pulumi/pulumi v3.259.0 <c>pkg/cmd/pulumi/config/config.go</c>,
/// <c>sdk/go/common/resource/config/map.go</c> <c>Set</c>, <c>object.go</c> <c>Set</c> and <c>coerce</c>).
/// </summary>
public class StackConfigTests
{
    private static readonly PulumiProject Project = PulumiProject.Load("name: serveinfra\nruntime: dotnet\n");

    private static string Delivered(StackConfig stack, string key) => ConfigMerge.Run(Project, "dev", stack).Values[key];

    [Fact]
    public void A_plain_set_stores_text_whatever_it_looks_like()
    {
        var stack = StackConfig.Load(Project, null).Set("nodeMinCount", "2").Set("deletionProtection", "false");

        Assert.Equal("2", Delivered(stack, "serveinfra:nodeMinCount"));
        Assert.Equal("false", Delivered(stack, "serveinfra:deletionProtection"));
    }

    [Fact]
    public void A_path_set_coerces_numbers_and_booleans_below_the_top_level()
    {
        var stack = StackConfig.Load(Project, null)
            .SetPath("tokens[0].name", "default").SetPath("tokens[0].generation", "2").SetPath("tokens[0].pinned", "true").SetPath("tokens[0].code", "0123");

        Assert.Equal("[{\"code\":\"0123\",\"generation\":2,\"name\":\"default\",\"pinned\":true}]", Delivered(stack, "serveinfra:tokens"));
    }

    [Fact]
    public void A_path_set_on_a_key_the_stack_never_set_starts_from_nothing_not_from_the_default()
    {
        // Raising a generation on a stack that relies on the declared default yields a token without a name.
        var stack = StackConfig.Load(Project, null).SetPath("tokens[0].generation", "2");

        Assert.Equal("[{\"generation\":2}]", Delivered(stack, "serveinfra:tokens"));
    }

    [Fact]
    public void A_path_set_appends_only_at_the_end()
    {
        var stack = StackConfig.Load(Project, null).SetPath("authorizedNetworks[0]", "203.0.113.0/24");

        Assert.Equal("authorizedNetworks[2]: array index out of range",
            Assert.Throws<PulumiCliException>(() => stack.SetPath("authorizedNetworks[2]", "198.51.100.0/24")).Message);
        Assert.Equal("[\"203.0.113.0/24\",\"198.51.100.0/24\"]", Delivered(stack.SetPath("authorizedNetworks[1]", "198.51.100.0/24"), "serveinfra:authorizedNetworks"));
    }

    [Fact]
    public void A_path_set_into_a_scalar_below_the_top_level_is_refused()
    {
        var stack = StackConfig.Load(Project, null).SetPath("tokens[0]", "x");

        Assert.Equal("tokens[0]: expected a map", Assert.Throws<PulumiCliException>(() => stack.SetPath("tokens[0].name", "a")).Message);
    }

    [Fact]
    public void A_stack_file_value_keeps_its_shape()
    {
        var stack = StackConfig.Load(Project, "config:\n  serveinfra:authorizedNetworks:\n    - 203.0.113.0/24\n  tokens:\n    - name: ci\n      generation: 3\n");

        Assert.Equal("[\"203.0.113.0/24\"]", Delivered(stack, "serveinfra:authorizedNetworks"));
        Assert.Equal("[{\"generation\":3,\"name\":\"ci\"}]", Delivered(stack, "serveinfra:tokens"));
    }

    [Fact]
    public void A_value_written_into_the_file_by_hand_keeps_its_yaml_type()
    {
        var stack = StackConfig.Load(Project, null).SetYaml("authorizedNetworks", "[\"203.0.113.0/24\"]").SetYaml("nodeMinCount", "2");

        Assert.Equal("[\"203.0.113.0/24\"]", Delivered(stack, "serveinfra:authorizedNetworks"));
        Assert.Equal("2", Delivered(stack, "serveinfra:nodeMinCount"));
    }
}
