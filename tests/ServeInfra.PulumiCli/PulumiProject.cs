using System.Globalization;

namespace ServeInfra.PulumiCli;

/// <summary>
/// <c>Pulumi.yaml</c> as every <c>pulumi</c> command loads it: pulumi/pulumi v3.259.0
/// <c>sdk/go/common/workspace/loaders.go</c> <c>LoadProjectBytes</c> (decode with yaml.v3, <c>ValidateProject</c>,
/// <c>RewriteShorthandConfigValues</c>, then <c>Project.Validate</c> in <c>project.go</c>).
/// </summary>
public sealed partial class PulumiProject
{
    private static readonly string[] SimpleTypes = ["string", "integer", "boolean", "array", "object"];
    private static readonly string[] DeclarationFields = ["type", "items", "description", "secret", "default", "value"];

    private PulumiProject(string name, IReadOnlyDictionary<string, ProjectConfigType> config)
    {
        Name = name;
        Config = config;
    }

    /// <summary>The project name: the config namespace of its own keys.</summary>
    public string Name { get; }

    /// <summary>The <c>config:</c> block, keyed as written (own keys usually without a namespace).</summary>
    public IReadOnlyDictionary<string, ProjectConfigType> Config { get; }

    /// <summary>Loads the project file, failing with the CLI's message where the CLI refuses it.</summary>
    public static PulumiProject Load(string text, string path = "Pulumi.yaml")
    {
        if (GoYaml.Decode(text) is not SortedDictionary<string, object?> raw)
        {
            throw new PulumiCliException($"could not validate '{path}': expected project to be an object");
        }

        ValidateSchema(raw, path);
        var name = (string)raw["name"]!;
        var config = new SortedDictionary<string, ProjectConfigType>(StringComparer.Ordinal);
        if (raw.TryGetValue("config", out var block) && block is SortedDictionary<string, object?> entries)
        {
            foreach (var (key, entry) in entries)
            {
                config[key] = Rewrite(name, key, entry);
            }
        }

        var project = new PulumiProject(name, config);
        if (project.FirstProblem() is { } problem)
        {
            throw new PulumiCliException($"could not unmarshal '{path}': {problem}");
        }

        return project;
    }

    /// <summary>Whether a key belongs to the project (<c>configKeyIsNamespacedByProject</c>): no namespace, or the project's.</summary>
    public bool OwnsKey(string key) => !key.Contains(':', StringComparison.Ordinal) || key.StartsWith(Name + ":", StringComparison.Ordinal);

    /// <summary>The full key (<c>namespace:name</c>) of a config block entry (<c>pkg/workspace/config.go</c> <c>parseConfigKey</c>).</summary>
    public string FullKey(string key) => key.Contains(':', StringComparison.Ordinal) ? key : $"{Name}:{key}";

    /// <summary>
    /// <c>RewriteShorthandConfigValues</c>: a primitive or list written directly becomes the <c>default</c> of a
    /// project key or the <c>value</c> of another namespace's key.
    /// </summary>
    private static ProjectConfigType Rewrite(string projectName, string key, object? entry)
    {
        var own = !key.Contains(':', StringComparison.Ordinal) || key.StartsWith(projectName + ":", StringComparison.Ordinal);
        if (entry is not SortedDictionary<string, object?> declaration)
        {
            return own ? new ProjectConfigType { Default = entry } : new ProjectConfigType { Value = entry };
        }

        return new ProjectConfigType
        {
            Type = declaration.GetValueOrDefault("type") as string,
            Items = Items(declaration.GetValueOrDefault("items")),
            Default = declaration.GetValueOrDefault("default"),
            Value = declaration.GetValueOrDefault("value"),
            Secret = declaration.GetValueOrDefault("secret") is true,
            Description = declaration.GetValueOrDefault("description") as string,
        };
    }

    private static ProjectConfigItemsType? Items(object? items) =>
        items is SortedDictionary<string, object?> map && map.GetValueOrDefault("type") is string type
            ? new ProjectConfigItemsType(type, Items(map.GetValueOrDefault("items")))
            : null;

    /// <summary>
    /// The part of <c>ValidateProject</c> (project.json, a JSON schema) that a config block can break: a non-empty
    /// string <c>name</c>; each entry a string, integer, boolean, list, or a declaration with only the known fields,
    /// a known <c>type</c>, and <c>items</c> with a <c>type</c> (and its own <c>items</c> for arrays). The CLI's
    /// detail text comes from its JSON-schema library; only the prefix here is the CLI's.
    /// </summary>
    private static void ValidateSchema(SortedDictionary<string, object?> raw, string path)
    {
        if (!raw.TryGetValue("name", out var name))
        {
            throw new PulumiCliException($"could not validate '{path}': project is missing a 'name' attribute");
        }

        if (name is not string text || text.Length == 0)
        {
            throw new PulumiCliException($"could not validate '{path}': project is missing a non-empty string 'name' attribute");
        }

        if (!raw.TryGetValue("config", out var block) || block is null or string)
        {
            return;
        }

        if (block is not SortedDictionary<string, object?> entries)
        {
            throw new PulumiCliException($"could not validate '{path}': #/config: expected object, string or null");
        }

        foreach (var (key, entry) in entries)
        {
            if (SchemaProblem(entry) is { } problem)
            {
                throw new PulumiCliException($"could not validate '{path}': #/config/{key}: {problem}");
            }
        }
    }

    private static string? SchemaProblem(object? entry)
    {
        if (entry is string or bool or long or List<object?>)
        {
            return null;
        }

        if (entry is not SortedDictionary<string, object?> declaration)
        {
            return "oneOf failed: not a string, integer, boolean, array or config type declaration";
        }

        if (declaration.Keys.FirstOrDefault(k => !DeclarationFields.Contains(k)) is { } unknown)
        {
            return $"additionalProperties '{unknown}' not allowed";
        }

        if (declaration.TryGetValue("type", out var type) && !SimpleTypes.Contains(type as string))
        {
            return string.Create(CultureInfo.InvariantCulture, $"type: value must be one of {string.Join(", ", SimpleTypes.Select(t => $"\"{t}\""))}");
        }

        return declaration.TryGetValue("items", out var items) ? ItemsProblem(items) : null;
    }

    private static string? ItemsProblem(object? items)
    {
        if (items is not SortedDictionary<string, object?> map || !map.TryGetValue("type", out var type))
        {
            return "items: missing properties: 'type'";
        }

        if (type is SortedDictionary<string, object?>)
        {
            return ItemsProblem(type);
        }

        if (!SimpleTypes.Contains(type as string))
        {
            return "items/type: value must be a simple config type";
        }

        return type as string == "array" && !map.ContainsKey("items") ? "items: missing properties: 'items'" :
            map.TryGetValue("items", out var nested) ? ItemsProblem(nested) : null;
    }
}
