using YamlDotNet.RepresentationModel;

namespace ServeInfra.Repository.Tests.Workflows;

/// <summary>
/// A <c>permissions:</c> block as scope -> level. The shorthand forms <c>read-all</c> and <c>write-all</c> are
/// kept as <see cref="Shorthand"/>: they grant every scope and are never least privilege.
/// </summary>
internal sealed record Permissions(IReadOnlyDictionary<string, string> Scopes, string? Shorthand)
{
    /// <summary>The scopes granted <c>write</c>, sorted.</summary>
    public IReadOnlyList<string> Writes =>
        [.. Scopes.Where(s => s.Value == "write").Select(s => s.Key).Order(StringComparer.Ordinal)];

    /// <summary>The block's parsed form, or null when there is none (the key is absent).</summary>
    public static Permissions? From(YamlNode? node) => node switch
    {
        null => null,
        YamlMappingNode map => new(
            map.Children.ToDictionary(
                c => ((YamlScalarNode)c.Key).Value ?? "",
                c => (c.Value as YamlScalarNode)?.Value ?? "",
                StringComparer.Ordinal),
            null),
        YamlScalarNode scalar => new(new Dictionary<string, string>(StringComparer.Ordinal), scalar.Value),
        _ => throw new InvalidOperationException($"permissions at line {node.Start.Line} is neither a mapping nor a scalar"),
    };

    /// <summary>Renders the block for assertion messages, e.g. <c>contents: read, id-token: write</c>.</summary>
    public override string ToString() =>
        Shorthand ?? (Scopes.Count == 0 ? "{}" : string.Join(", ", Scopes.Select(s => $"{s.Key}: {s.Value}")));
}
