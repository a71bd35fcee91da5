using System.Text.Json;
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

        // Pulumi's Config API cannot list keys, so typos would go unnoticed; the language host hands the whole
        // stack config to the program in PULUMI_CONFIG (the SDK's Deployment_Config reads it the same way).
        // Only the names of other serveinfra keys are taken, never their values.
        foreach (var name in SetKeyNames().Where(name => !raw.ContainsKey(name)))
        {
            raw[name] = "";
        }

        return raw;
    }

    private static IEnumerable<string> SetKeyNames()
    {
        var json = Environment.GetEnvironmentVariable("PULUMI_CONFIG");
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject()
            .Select(property => property.Name.Replace(":config:", ":", StringComparison.Ordinal))
            .Where(name => name.StartsWith(ConfigKey.Namespace + ":", StringComparison.Ordinal))
            .ToList();
    }
}
