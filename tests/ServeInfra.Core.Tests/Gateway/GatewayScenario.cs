using System.Text.Json;
using ServeInfra.Core.Gateway;

namespace ServeInfra.Core.Tests.Gateway;

/// <summary>A golden-file scenario: <c>Scenarios/&lt;name&gt;/input.json</c> in, nginx.conf and tokens.conf out.</summary>
public sealed record GatewayScenario
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public required GatewaySettings Settings { get; init; }

    public required IReadOnlyList<GatewayToken> Tokens { get; init; }

    /// <summary>The scenarios as copied next to the test assembly.</summary>
    public static string OutputDirectory => Path.Combine(AppContext.BaseDirectory, "Gateway", "Scenarios");

    public static TheoryData<string> Names() =>
        new(Directory.GetDirectories(OutputDirectory).Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal));

    public static GatewayScenario Load(string name) =>
        JsonSerializer.Deserialize<GatewayScenario>(File.ReadAllText(Path.Combine(OutputDirectory, name, "input.json")), Json)
        ?? throw new InvalidDataException($"scenario {name}: input.json is empty");
}
