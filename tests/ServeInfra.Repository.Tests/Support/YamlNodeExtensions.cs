using YamlDotNet.RepresentationModel;

namespace ServeInfra.Repository.Tests.Support;

/// <summary>Null-tolerant lookups in YAML mappings: a missing key gives null, never an exception.</summary>
internal static class YamlNodeExtensions
{
    /// <summary>The value under <paramref name="key"/>, or null.</summary>
    public static YamlNode? Child(this YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>The scalar text under <paramref name="key"/>, or null when absent or not a scalar.</summary>
    public static string? Scalar(this YamlMappingNode mapping, string key) =>
        (mapping.Child(key) as YamlScalarNode)?.Value;

    /// <summary>The mapping under <paramref name="key"/>, or null when absent or not a mapping.</summary>
    public static YamlMappingNode? Mapping(this YamlMappingNode mapping, string key) =>
        mapping.Child(key) as YamlMappingNode;

    /// <summary>The items of the sequence under <paramref name="key"/>; empty when absent or not a sequence.</summary>
    public static IReadOnlyList<YamlNode> Items(this YamlMappingNode mapping, string key) =>
        mapping.Child(key) is YamlSequenceNode sequence ? [.. sequence.Children] : [];

    /// <summary>The mapping's keys as text, in file order.</summary>
    public static IReadOnlyList<string> Keys(this YamlMappingNode mapping) =>
        [.. mapping.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "")];
}
