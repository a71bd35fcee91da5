using ServeInfra.Core.Configuration;
using ServeInfra.Core.Settings;

namespace ServeInfra.Tests.Support;

/// <summary>Stack settings built the way the program builds them: raw config through Core's loader.</summary>
public static class TestSettings
{
    public const string Project = "serve-test-123";

    public static StackSettings Load(params (string Key, string Value)[] config)
    {
        var raw = new Dictionary<string, string> { [ConfigKeys.GcpProject] = Project };
        foreach (var (key, value) in config)
        {
            raw[$"{ConfigKey.Namespace}:{key}"] = value;
        }

        var result = StackConfigLoader.Load(raw, "dev");
        Assert.True(result.IsValid, result.IsValid ? "" : result.ErrorReport());
        return result.Settings!;
    }
}
