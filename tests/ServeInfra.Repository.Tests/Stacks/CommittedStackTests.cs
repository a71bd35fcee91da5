using ServeInfra.Core.Access;
using ServeInfra.Core.Configuration;
using ServeInfra.PulumiCli;

namespace ServeInfra.Repository.Tests.Stacks;

/// <summary>
/// The committed stacks, with only <c>gcp:project</c> added, go through the Pulumi CLI's rules and the program's
/// validation as on a user's first <c>pulumi up</c>.
/// </summary>
public class CommittedStackTests
{
    private const string SomeProject = "serve-test-123";

    private static LoadResult Load(string stack, Func<StackSession, StackSession>? change = null)
    {
        var session = StackSession.FromRepository(stack).Set(ConfigKeys.GcpProject, SomeProject);
        return StackConfigLoader.Load((change?.Invoke(session) ?? session).Up().Values, stack);
    }

    [Theory]
    [InlineData("dev", "private")]
    [InlineData("prod", "public")]
    public void A_committed_stack_loads_with_only_the_project_added(string stack, string access)
    {
        var result = Load(stack);

        Assert.True(result.IsValid, result.IsValid ? "" : result.ErrorReport());
        Assert.Equal(access, result.Settings!.Cluster.Access.Stamp);
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void No_key_is_reported_as_ignored_when_the_user_set_none(string stack) => Assert.Empty(Load(stack).Ignored);

    [Fact]
    public void A_key_of_the_other_mode_that_the_user_set_is_reported()
    {
        var privateStack = Load("dev", s => s.Set("domain", "serve.example.com").SetPath("tokens[0].name", "default"));
        var publicStack = Load("prod", s => s.Set("privateGlobalAccess", "true"));

        Assert.Equal(["serveinfra:domain", "serveinfra:tokens"], privateStack.Ignored);
        Assert.Equal(["serveinfra:privateGlobalAccess"], publicStack.Ignored);
    }

    [Fact]
    public void A_value_equal_to_the_default_is_not_a_choice() =>
        Assert.Empty(Load("dev", s => s.Set("backendTimeoutSeconds", "300").Set("gatewayReplicas", "2")).Ignored);

    [Fact]
    public void Raising_a_token_generation_needs_its_name_set_too_on_a_stack_that_relied_on_the_default()
    {
        var generationOnly = Load("prod", s => s.SetPath("tokens[0].generation", "2"));
        var named = Load("prod", s => s.SetPath("tokens[0].name", "default").SetPath("tokens[0].generation", "2"));

        Assert.Contains(generationOnly.Errors, e => e.Key == "serveinfra:tokens[0].name");
        Assert.True(named.IsValid, named.IsValid ? "" : named.ErrorReport());
        Assert.Equal(2, Assert.IsType<PublicAccess>(named.Settings!.Cluster.Access).Tokens.Single().Generation);
    }

    [Fact]
    public void Bad_config_is_refused_by_the_program_with_every_problem_listed()
    {
        var result = Load("dev", s => s.Set("access", "internal").Set("nodeMinCount", "5000").Set("subnetCidr", "10.10.0.1/20"));

        Assert.Equal(["serveinfra:access", "serveinfra:nodeMinCount", "serveinfra:subnetCidr"], result.Errors.Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_mistyped_value_is_refused_by_the_cli_before_the_program_runs() =>
        Assert.Equal("Stack 'dev' with configuration key 'nodeMinCount' must be of type 'integer'",
            Assert.Throws<PulumiCliException>(() => Load("dev", s => s.Set("nodeMinCount", "two"))).Message);
}
