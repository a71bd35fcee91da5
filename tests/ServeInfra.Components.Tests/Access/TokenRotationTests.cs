using System.Collections.Immutable;
using ServeInfra.Tests.Support;

namespace ServeInfra.Components.Tests.Access;

public class TokenRotationTests
{
    private static async Task<Dictionary<string, ImmutableDictionary<string, object>>> Inputs(string tokens)
    {
        var run = await MockRun.Of(false, TestSettings.Load(("access", "public"), ("tokens", tokens)));
        return run.Mocks.Registered.ToDictionary(r => $"{r.Type} {r.Name}", r => r.Inputs);
    }

    private static string Keepers(ImmutableDictionary<string, object> inputs) =>
        (string)((ImmutableDictionary<string, object>)inputs["keepers"])["generation"];

    [Fact]
    public async Task Raising_a_generation_adds_one_token_value_and_changes_nothing_of_the_cluster()
    {
        var before = await Inputs("[{\"name\":\"default\",\"generation\":1},{\"name\":\"ci\",\"generation\":1}]");
        var after = await Inputs("[{\"name\":\"default\",\"generation\":2},{\"name\":\"ci\",\"generation\":1}]");

        const string Password = "random:index/randomPassword:RandomPassword";
        Assert.Equal("1", Keepers(before[$"{Password} serve-public-token-default-a"]));
        Assert.Equal("1", Keepers(after[$"{Password} serve-public-token-default-a"]));
        Assert.Equal("2", Keepers(after[$"{Password} serve-public-token-default-b"]));
        Assert.False(before.ContainsKey($"{Password} serve-public-token-default-b"));
        Assert.Equal(Keepers(before[$"{Password} serve-public-token-ci-a"]), Keepers(after[$"{Password} serve-public-token-ci-a"]));

        // Everything but the new value, the Secrets that carry it and the check that proves it is unchanged: no cluster
        // replacement. (The Secrets are immutable and autonamed, so in a real run their replacements rename them and roll
        // the gateway; the check runs again with the new default token.)
        var changed = before.Keys.Intersect(after.Keys)
            .Where(key => !Equal(before[key], after[key]))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(["kubernetes:core/v1:Secret serve-public-check-token", "kubernetes:core/v1:Secret serve-public-gateway-tokens"], changed);
    }

    [Fact]
    public async Task Retiring_the_previous_generation_removes_its_value()
    {
        var after = await Inputs("[{\"name\":\"default\",\"generation\":2,\"retiredThrough\":1}]");

        Assert.DoesNotContain("random:index/randomPassword:RandomPassword serve-public-token-default-a", after.Keys);
        Assert.Contains("random:index/randomPassword:RandomPassword serve-public-token-default-b", after.Keys);
    }

    private static bool Equal(object a, object b) => a switch
    {
        ImmutableDictionary<string, object> x when b is ImmutableDictionary<string, object> y =>
            x.Count == y.Count && x.All(p => y.TryGetValue(p.Key, out var v) && Equal(p.Value, v)),
        ImmutableArray<object> x when b is ImmutableArray<object> y => x.Length == y.Length && x.Zip(y).All(p => Equal(p.First, p.Second)),
        _ => Equals(a, b),
    };
}
