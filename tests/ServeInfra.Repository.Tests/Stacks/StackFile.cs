using System.Globalization;
using System.Text.Json.Nodes;
using ServeInfra.Repository.Tests.Support;
using YamlDotNet.Core;
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

    /// <summary>
    /// The config as Pulumi hands it to the program: full key to text, with lists and objects as JSON.
    /// </summary>
    public Dictionary<string, string> RawConfig() => Config.Children.ToDictionary(
        c => ((YamlScalarNode)c.Key).Value ?? "",
        c => c.Value is YamlScalarNode scalar ? scalar.Value ?? "" : ToJson(c.Value)!.ToJsonString(),
        StringComparer.Ordinal);

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(ToJson)]),
        YamlMappingNode map => new JsonObject(map.Children.Select(c =>
            KeyValuePair.Create(((YamlScalarNode)c.Key).Value ?? "", ToJson(c.Value)))),
        YamlScalarNode scalar => ToJsonValue(scalar),
        _ => throw new InvalidOperationException($"unsupported YAML node at line {node.Start.Line}"),
    };

    // YAML's plain scalars carry their type (3, true); quoted ones are always strings.
    private static JsonNode? ToJsonValue(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is ScalarStyle.Plain)
        {
            if (bool.TryParse(text, out var flag))
            {
                return JsonValue.Create(flag);
            }

            if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                return JsonValue.Create(number);
            }
        }

        return JsonValue.Create(text);
    }
}
