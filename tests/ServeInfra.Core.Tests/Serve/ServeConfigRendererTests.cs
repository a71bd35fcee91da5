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

        Assert.StartsWith("http_options:\n  host: \"0.0.0.0\"\n  port: 8000\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_application_list_is_refused() =>
        Assert.Throws<ArgumentException>(() => ServeConfigRenderer.Render([]));
}
