using ServeInfra.Core.Configuration;
using ServeInfra.Core.Settings;
using ServeInfra.PulumiCli;

namespace ServeInfra.Tests.Support;

/// <summary>
/// Stack settings built the way <c>pulumi up</c> builds them: the committed <c>Pulumi.yaml</c>, a stack with no file
/// of its own (so every default applies), the given keys set, the CLI's merge, then Core's loader.
/// </summary>
public static class TestSettings
{
    public const string Project = "serve-test-123";

    /// <summary>
    /// The committed stack with the given keys set: a value starting with <c>[</c> or <c>{</c> is written into the stack
    /// file as YAML (lists and objects), any other with <c>pulumi config set</c>.
    /// </summary>
    public static StackSession Session(string stack, params (string Key, string Value)[] config)
    {
        var session = StackSession.FromRepository(stack);
        foreach (var (key, value) in config)
        {
            _ = value.StartsWith('[') || value.StartsWith('{') ? session.SetYaml(key, value) : session.Set(key, value);
        }

        return session;
    }

    /// <summary>The config the program receives for <paramref name="stack"/> with a project and the given keys.</summary>
    public static ProgramConfig Program(string stack, params (string Key, string Value)[] config) =>
        Session(stack, [(ConfigKeys.GcpProject, Project), .. config]).Up();

    public static StackSettings Load(params (string Key, string Value)[] config)
    {
        var result = StackConfigLoader.Load(Program("test", config).Values, "dev");
        Assert.True(result.IsValid, result.IsValid ? "" : result.ErrorReport());
        return result.Settings!;
    }
}
