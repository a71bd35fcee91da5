using Pulumi;
using ServeInfra.Core.Configuration;

namespace ServeInfra.Infra;

/// <summary>The only place that reads stack config: every documented key, as the raw strings Pulumi holds.</summary>
internal static class StackConfigSource
{
    /// <summary>Reads <c>gcp:project</c> and every <c>serveinfra:</c> key that is set (defaults apply in Core).</summary>
    public static Dictionary<string, string> Read()
    {
        var raw = new Dictionary<string, string>(StringComparer.Ordinal);
        var project = new Config("gcp").Get("project");
        if (project is not null)
        {
            raw[ConfigKeys.GcpProject] = project;
        }

        var config = new Config(ConfigKey.Namespace);
        foreach (var key in ConfigKeys.All)
        {
            if (config.Get(key.Name) is { } value)
            {
                raw[key.FullName] = value;
            }
        }

        return raw;
    }
}
