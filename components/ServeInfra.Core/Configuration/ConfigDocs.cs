using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ServeInfra.Core.Configuration;

/// <summary>
/// Renders what is generated from <see cref="ConfigKeys"/>: <c>Pulumi.yaml</c> (the project and its config
/// schema, which the Pulumi CLI validates and merges) and the README's config table. The command
/// <c>dotnet run --project tools/ServeInfra.ConfigDocs</c> writes both; a test fails when either is stale.
/// </summary>
public static class ConfigDocs
{
    /// <summary>The line before the README's generated table.</summary>
    public const string TableBegin = "<!-- config-table: generated from ConfigKeys by `dotnet run --project tools/ServeInfra.ConfigDocs`; edit the keys, not this table -->";

    /// <summary>The line after the README's generated table.</summary>
    public const string TableEnd = "<!-- /config-table -->";

    /// <summary>The project's description in <c>Pulumi.yaml</c>.</summary>
    public const string ProjectDescription = "Ray Serve on GKE with a public (token-gated HTTPS) or private (VPC-internal) endpoint.";

    /// <summary>
    /// The whole <c>Pulumi.yaml</c>. Every default is written as JSON, which YAML reads with the same type: a string
    /// default is always quoted, so <c>"2"</c> stays a string (an unquoted <c>2</c> is an integer to the CLI's YAML
    /// decoder, and the CLI then refuses the project).
    /// </summary>
    public static string PulumiYaml()
    {
        var yaml = new StringBuilder()
            .Append("# Generated from components/ServeInfra.Core/Configuration/ConfigKeys*.cs by\n")
            .Append("# `dotnet run --project tools/ServeInfra.ConfigDocs`: edit the keys there, not this file.\n")
            .Append("name: ").Append(ConfigKey.Namespace).Append('\n')
            .Append("description: ").Append(Quote(ProjectDescription)).Append('\n')
            .Append("runtime: dotnet\n")
            .Append("main: infra/\n")
            .Append("config:\n");
        foreach (var key in ConfigKeys.All)
        {
            yaml.Append("  ").Append(key.Name).Append(":\n")
                .Append("    type: ").Append(TypeName(key.Type)).Append('\n');
            if (key.ItemType is { } itemType)
            {
                yaml.Append("    items:\n      type: ").Append(TypeName(itemType)).Append('\n');
            }

            yaml.Append("    default: ").Append(key.Default.Json).Append('\n')
                .Append("    description: ").Append(Quote(key.Description)).Append('\n');
        }

        return yaml.ToString();
    }

    /// <summary>The README's config table, between its marker lines.</summary>
    public static string ReadmeTable()
    {
        var table = new StringBuilder()
            .Append(TableBegin).Append('\n')
            .Append("| key | type | default | what it does |\n")
            .Append("| --- | --- | --- | --- |\n");
        foreach (var key in ConfigKeys.All)
        {
            var type = key.ItemType is { } item ? $"array of {TypeName(item)}" : TypeName(key.Type);
            var shown = key.Default.Display.Length == 0 ? "\"\"" : key.Default.Display;
            table.Append("| `").Append(key.FullName).Append("` | ").Append(type).Append(" | `").Append(shown).Append("` | ")
                .Append(key.Description.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
        }

        return table.Append(TableEnd).Append('\n').ToString();
    }

    /// <summary>The README with its config table replaced by the current one.</summary>
    public static string WithTable(string readme)
    {
        ArgumentNullException.ThrowIfNull(readme);
        var begin = readme.IndexOf(TableBegin, StringComparison.Ordinal);
        var end = readme.IndexOf(TableEnd, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            throw new InvalidOperationException($"README.md has no generated config table: add the lines '{TableBegin}' and '{TableEnd}' where it belongs.");
        }

        var afterEnd = readme.IndexOf('\n', end);
        return string.Concat(readme.AsSpan(0, begin), ReadmeTable(), afterEnd < 0 ? "" : readme.AsSpan(afterEnd + 1));
    }

    // Readable in the file: only what JSON requires is escaped (quotes, backslashes, control characters).
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string TypeName(ConfigType type) => type.ToString().ToLowerInvariant();

    // A JSON string is a YAML double-quoted scalar with the same value.
    private static string Quote(string text) => JsonSerializer.Serialize(text, Readable);
}
