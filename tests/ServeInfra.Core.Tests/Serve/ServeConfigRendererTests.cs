using ServeInfra.Core.Configuration;
using ServeInfra.Core.Serve;
using ServeInfra.Core.Tests.Support;

namespace ServeInfra.Core.Tests.Serve;

/// <summary>
/// Golden files: each folder under Scenarios holds <c>applications.json</c> (the <c>serveinfra:applications</c>
/// value) and <c>expected.yaml</c>. To regenerate after an intended change: UPDATE_GOLDEN=1 dotnet test, then review the diff.
/// </summary>
public class ServeConfigRendererTests
{
    private static readonly string ScenarioRoot = Path.Combine(AppContext.BaseDirectory, "Serve", "Scenarios");

    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(ScenarioRoot).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Renders_the_expected_serve_config(string scenario)
    {
        var folder = Path.Combine(ScenarioRoot, scenario);
        var result = StackConfigLoader.Load(RawConfig.With(("applications", File.ReadAllText(Path.Combine(folder, "applications.json")))), "dev");
        Assert.True(result.IsValid, result.IsValid ? "" : result.ErrorReport());

        var actual = ServeConfigRenderer.Render(result.Settings!.Cluster.Applications);

        Golden.AssertMatches(Path.Combine("Serve", "Scenarios", scenario, "expected.yaml"), actual);
    }

    [Fact]
    public void Http_options_always_bind_every_interface_on_port_8000()
    {
        var yaml = ServeConfigRenderer.Render([ServeApplication.Default]);

        Assert.StartsWith("http_options:\n  host: \"0.0.0.0\"\n  port: 8000\n  keep_alive_timeout_s: 90\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_string_survives_a_yaml_round_trip()
    {
        var hostile = new Dictionary<string, string>
        {
            ["MULTI"] = "line1\nline2: \"quoted\" # not a comment",
            ["YAML_BOOL"] = "yes",
            ["BACKSLASH"] = "C:\\path\\x",
            ["CTRL"] = "\u0007bell\u2028sep",
            ["INDENT"] = "  - not: a list",
        };
        var app = ServeApplication.Default with { Name = "app: {x}", RuntimeEnv = new RuntimeEnv { EnvVars = hostile } };

        var stream = new YamlDotNet.RepresentationModel.YamlStream();
        stream.Load(new StringReader(ServeConfigRenderer.Render([app])));

        var root = (YamlDotNet.RepresentationModel.YamlMappingNode)stream.Documents[0].RootNode;
        var parsed = (YamlDotNet.RepresentationModel.YamlMappingNode)((YamlDotNet.RepresentationModel.YamlSequenceNode)root["applications"]).Children[0];
        Assert.Equal("app: {x}", parsed["name"].ToString());
        var env = (YamlDotNet.RepresentationModel.YamlMappingNode)((YamlDotNet.RepresentationModel.YamlMappingNode)parsed["runtime_env"])["env_vars"];
        Assert.Equal(hostile.OrderBy(p => p.Key, StringComparer.Ordinal), env.Children.Select(p => KeyValuePair.Create(p.Key.ToString(), p.Value.ToString())));
    }

    [Fact]
    public void An_empty_application_list_is_refused() =>
        Assert.Throws<ArgumentException>(() => ServeConfigRenderer.Render([]));
}
