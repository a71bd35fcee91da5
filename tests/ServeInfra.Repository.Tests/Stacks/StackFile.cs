using ServeInfra.Repository.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ServeInfra.Repository.Tests.Stacks;

/// <summary>A Pulumi stack settings file (<c>Pulumi.&lt;stack&gt;.yaml</c>) at the repository root.</summary>
internal sealed record StackFile(string RelativePath, YamlMappingNode Root)
{
    /// <summary>The <c>config:</c> mapping, empty when absent.</summary>
    public YamlMappingNode Config => Root.Mapping("config") ?? new YamlMappingNode();

    /// <summary>The stack file of <paramref name="stack"/>.</summary>
    public static StackFile Load(string stack)
    {
        var path = $"Pulumi.{stack}.yaml";
        return new(path, YamlFile.LoadMapping(path));
    }

    /// <summary>A <c>serveinfra:</c> scalar, or null.</summary>
    public string? Setting(string key) => Config.Scalar($"serveinfra:{key}");

    /// <summary>The items of a <c>serveinfra:</c> list as text; empty when absent.</summary>
    public IReadOnlyList<string> List(string key) =>
        [.. Config.Items($"serveinfra:{key}").Select(i => Assert.IsType<YamlScalarNode>(i).Value ?? "")];
}
