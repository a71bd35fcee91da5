using System.Collections.Immutable;
using Pulumi;
using ServeInfra.Core.Access;
using ServeInfra.Tests.Support;

namespace ServeInfra.Components.Tests.Access;

public class TokenRotationTests
{
    private const string Password = "random:index/randomPassword:RandomPassword";

    private static async Task<MockRun> Run(string tokens) =>
        await MockRun.Of(false, TestSettings.Load(("access", "public"), ("tokens", tokens)));

    private static Dictionary<string, ImmutableDictionary<string, object>> Inputs(MockRun run) =>
        run.Mocks.Registered.ToDictionary(r => $"{r.Type} {r.Name}", r => r.Inputs);

    private static string Keepers(ImmutableDictionary<string, object> inputs) =>
        (string)((ImmutableDictionary<string, object>)inputs["keepers"])["generation"];

    [Fact]
    public async Task Raising_a_generation_adds_one_token_value_and_changes_nothing_of_the_cluster()
    {
        var before = Inputs(await Run("[{\"name\":\"default\",\"generation\":1},{\"name\":\"ci\",\"generation\":1}]"));
        var after = Inputs(await Run("[{\"name\":\"default\",\"generation\":2},{\"name\":\"ci\",\"generation\":1}]"));

        // One resource per generation: the rotation creates default-g2 and leaves default-g1 exactly as it was.
        Assert.Equal("1", Keepers(after[$"{Password} serve-public-token-default-g1"]));
        Assert.Equal("2", Keepers(after[$"{Password} serve-public-token-default-g2"]));
        Assert.False(before.ContainsKey($"{Password} serve-public-token-default-g2"));

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
        var after = Inputs(await Run("[{\"name\":\"default\",\"generation\":2,\"retiredThrough\":1}]"));

        Assert.DoesNotContain($"{Password} serve-public-token-default-g1", after.Keys);
        Assert.Contains($"{Password} serve-public-token-default-g2", after.Keys);
    }

    [Fact]
    public async Task New_values_are_made_in_the_current_format()
    {
        var inputs = Inputs(await Run("[{\"name\":\"default\",\"generation\":3}]"))[$"{Password} serve-public-token-default-g3"];

        // Pulumi.Random 4.21.1 RandomPasswordArgs: 50 of [a-z0-9], the alphabet nginx's map compares exactly.
        Assert.Equal(50d, Convert.ToDouble(inputs["length"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((false, true, true, false), ((bool)inputs["upper"], (bool)inputs["lower"], (bool)inputs["numeric"], (bool)inputs["special"]));
    }

    /// <summary>
    /// The provider replaces a password when length or a character class changes (RequiresReplace on each, in
    /// hashicorp/terraform-provider-random internal/provider/resource_password.go, the code Pulumi.Random 4.21.1
    /// bridges), and the engine, for an existing resource, takes ignored properties from the old state
    /// (pulumi/pulumi pkg/resource/deploy/step_generator.go: "Set inputs back to their old values ... for any
    /// ignored properties"). So values made before the format change keep their format and value, under their
    /// former slot names, and only new generations, new resources, get the new format.
    /// </summary>
    [Fact]
    public async Task Existing_values_keep_their_format_and_are_adopted_from_their_former_slot_names()
    {
        var run = await Run("[{\"name\":\"default\",\"generation\":4},{\"name\":\"ci\",\"generation\":1}]");

        var formerNames = new Dictionary<string, string>
        {
            ["serve-public-token-default-g4"] = "serve-public-token-default-b",
            ["serve-public-token-default-g3"] = "serve-public-token-default-a",
            ["serve-public-token-ci-g1"] = "serve-public-token-ci-a",
        };
        var passwords = run.OfType(Password).ToList();
        Assert.Equal(formerNames.Keys.Order(StringComparer.Ordinal), passwords.Select(p => p.Name).Order(StringComparer.Ordinal));
        foreach (var password in passwords)
        {
            Assert.Equal(["length", "upper", "lower", "numeric", "special"], password.Options.IgnoreChanges);
            var alias = Assert.Single(password.Options.Aliases);
            var name = await OutputValues.Value(alias.ToOutput().Apply(a => a.Name.ToOutput()));
            Assert.Equal(formerNames[password.Name], name);
        }
    }

    [Fact]
    public async Task A_rate_limit_reaches_the_gateway_config_and_no_other_resource()
    {
        var limited = Inputs(await Run("[{\"name\":\"default\",\"requestsPerSecond\":5,\"burst\":20}]"));
        var unlimited = Inputs(await Run("[{\"name\":\"default\"}]"));

        var config = (string)((ImmutableDictionary<string, object>)limited.Single(r => r.Key.StartsWith("kubernetes:core/v1:ConfigMap", StringComparison.Ordinal)).Value["data"])[PublicGatewayPlan.ConfigFileName];
        Assert.Contains("rate=5r/s;", config, StringComparison.Ordinal);
        Assert.Contains("limit_req zone=serveinfra_rate_1 burst=20 nodelay;", config, StringComparison.Ordinal);
        // The gateway's config, and the check that proves the endpoint again (the gateway's settings are part of its revision).
        var changed = limited.Keys.Intersect(unlimited.Keys).Where(key => !Equal(limited[key], unlimited[key])).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["kubernetes:batch/v1:Job serve-public-check", "kubernetes:core/v1:ConfigMap serve-public-gateway-config"], changed);
    }

    private static bool Equal(object a, object b) => a switch
    {
        ImmutableDictionary<string, object> x when b is ImmutableDictionary<string, object> y =>
            x.Count == y.Count && x.All(p => y.TryGetValue(p.Key, out var v) && Equal(p.Value, v)),
        ImmutableArray<object> x when b is ImmutableArray<object> y => x.Length == y.Length && x.Zip(y).All(p => Equal(p.First, p.Second)),
        _ => Equals(a, b),
    };
}
