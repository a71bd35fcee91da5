using System.Text.Json;

namespace ServeInfra.Infra.Tests;

/// <summary>Supplies stack config the way the Pulumi CLI does: the PULUMI_CONFIG environment variable.</summary>
internal sealed class StackConfigEnvironment : IDisposable
{
    private const string Variable = "PULUMI_CONFIG";

    public StackConfigEnvironment(params (string Key, string Value)[] config)
    {
        var values = config.ToDictionary(c => c.Key.Contains(':', StringComparison.Ordinal) ? c.Key : $"serveinfra:{c.Key}", c => c.Value);
        Environment.SetEnvironmentVariable(Variable, JsonSerializer.Serialize(values));
    }

    public void Dispose() => Environment.SetEnvironmentVariable(Variable, null);
}
