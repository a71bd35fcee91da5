using System.Text.Json;

namespace ServeInfra.PulumiCli;

/// <summary>
/// What <c>pulumi preview</c>/<c>up</c> does with the project and the stack's config before it starts the program
/// (pulumi/pulumi v3.259.0 <c>pkg/workspace/config.go</c>, <c>ValidateStackConfigAndApplyProjectConfig</c>).
/// </summary>
public static class ConfigMerge
{
    /// <summary>
    /// <c>mergeConfig</c>: every project key the stack does not set takes its <c>default</c> (or <c>value</c>); a key of
    /// the project's namespace with neither is required, and all missing ones fail together. Then
    /// <c>validateStackConfigValues</c> checks every typed key's value, defaults included, against its type.
    /// </summary>
    public static ProgramConfig Run(PulumiProject project, string stackName, StackConfig stack)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(stack);
        var missing = new List<string>();
        foreach (var (key, type) in project.Config)
        {
            var full = project.FullKey(key);
            if (stack.TryGet(full, out _))
            {
                continue;
            }

            var fallback = type.Default ?? type.Value;
            if (fallback is null)
            {
                if (full.StartsWith(project.Name + ":", StringComparison.Ordinal))
                {
                    missing.Add(key);
                }

                continue;
            }

            // createConfigValue: a string, integer or boolean as Go's %v prints it; anything else as JSON.
            stack.SetDefault(full, fallback switch
            {
                string or long or bool => Primitive(fallback),
                _ => new JsonText(GoJson.Marshal(fallback)),
            });
        }

        if (missing.Count > 0)
        {
            throw new PulumiCliException($"Stack '{stackName}' is missing configuration {(missing.Count == 1 ? "value" : "values")} {FormatMissing(missing)}");
        }

        foreach (var (key, type) in project.Config.Where(entry => entry.Value.Type is not null))
        {
            stack.TryGet(project.FullKey(key), out var value);
            if (type.Secret && !ProgramConfig.IsSecure(value))
            {
                throw new PulumiCliException($"Stack '{stackName}' with configuration key '{key}' must be encrypted as it's secret");
            }

            // The check sees the decrypted string, parsed back from JSON when the value is a list or map.
            var delivered = ProgramConfig.Deliver(value);
            object? content = ProgramConfig.IsObject(value) ? GoJsonValue(delivered) : delivered;
            if (!ConfigValues.IsOfType(type.Type!, type.Items, content))
            {
                throw new PulumiCliException($"Stack '{stackName}' with configuration key '{key}' must be of type '{ConfigValues.FullTypeName(type.Type!, type.Items)}'");
            }
        }

        return ProgramConfig.From(stack);
    }

    // formatMissingKeys: sorted; "'a'", "'a' and 'b'", "'a', 'b' and 'c'".
    private static string FormatMissing(List<string> keys)
    {
        keys.Sort(StringComparer.Ordinal);
        var quoted = keys.Select(k => $"'{k}'").ToList();
        return quoted.Count == 1 ? quoted[0] : string.Join(", ", quoted.SkipLast(1)) + " and " + quoted[^1];
    }

    private static string Primitive(object value) => value switch
    {
        bool flag => flag ? "true" : "false",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    };

    // Go's json.Unmarshal into any: numbers are float64.
    private static object? GoJsonValue(string json)
    {
        using var document = JsonDocument.Parse(json);
        return FromElement(document.RootElement);
    }

    private static object? FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new SortedDictionary<string, object?>(element.EnumerateObject().ToDictionary(p => p.Name, p => FromElement(p.Value)), StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(FromElement).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}

/// <summary>A default the CLI wrote as JSON (an object value): delivered as that text.</summary>
/// <param name="Json">The JSON text.</param>
internal sealed record JsonText(string Json);
