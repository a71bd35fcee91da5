using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ServeInfra.Components.Tests.Conformance;

/// <summary>The keywords of objects, arrays and scalars, and the helpers.</summary>
internal sealed partial class SchemaValidator
{
    private void CheckObject(JsonObject obj, JsonObject s, string path, List<string> errors)
    {
        foreach (var name in (s["required"] as JsonArray ?? []).Select(n => n!.GetValue<string>()).Where(n => !obj.ContainsKey(n)))
        {
            errors.Add($"{path}.{name}: required but missing");
        }

        var properties = s["properties"] as JsonObject;
        var preserve = s["x-kubernetes-preserve-unknown-fields"]?.GetValue<bool>() == true;
        foreach (var (name, child) in obj)
        {
            if (properties?[name] is { } declared)
            {
                Check(child, declared, $"{path}.{name}", errors);
            }
            else if (s["additionalProperties"] is JsonObject extra)
            {
                Check(child, extra, $"{path}.{name}", errors);
            }
            else if (!preserve && s["additionalProperties"]?.GetValueKind() != System.Text.Json.JsonValueKind.True
                && (properties is not null || s["additionalProperties"] is not null || (structural && s["type"]?.GetValue<string>() == "object")))
            {
                errors.Add($"{path}.{name}: not a field of this schema (an API server prunes or refuses it)");
            }
        }
    }

    private void CheckArray(JsonArray array, JsonObject s, string path, List<string> errors)
    {
        if (s["minItems"] is { } min && array.Count < Number(min))
        {
            errors.Add($"{path}: fewer than {min} items");
        }

        if (s["maxItems"] is { } max && array.Count > Number(max))
        {
            errors.Add($"{path}: more than {max} items");
        }

        if (s["items"] is JsonObject items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Check(array[i], items, $"{path}[{i}]", errors);
            }
        }
    }

    private static void CheckScalar(JsonValue value, JsonObject s, string path, List<string> errors)
    {
        if (value.TryGetValue<string>(out var text))
        {
            if (s["minLength"] is { } minLength && text.Length < Number(minLength))
            {
                errors.Add($"{path}: shorter than {minLength}");
            }

            if (s["maxLength"] is { } maxLength && text.Length > Number(maxLength))
            {
                errors.Add($"{path}: longer than {maxLength}");
            }

            if (s["pattern"] is { } pattern && !Regex.IsMatch(text, pattern.GetValue<string>(), RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                errors.Add($"{path}: \"{text}\" does not match {pattern}");
            }
        }
        else if (value.TryGetValue<double>(out var number))
        {
            if ((s["minimum"] is { } minimum && number < Number(minimum)) || (s["maximum"] is { } maximum && number > Number(maximum))
                || (s["exclusiveMinimum"] is { } exclusive && number <= Number(exclusive)))
            {
                errors.Add($"{path}: {number} is out of range");
            }
        }
    }

    private JsonNode Resolve(string reference) =>
        reference.StartsWith("#/", StringComparison.Ordinal)
            ? reference[2..].Split('/').Aggregate(root, (node, part) => node[part] ?? throw new InvalidOperationException($"Unresolved {reference}"))
            : throw new NotSupportedException($"Only local references are implemented: {reference}");

    private static bool AllowsNull(JsonObject s) =>
        s["nullable"]?.GetValue<bool>() == true || (s["type"] is { } type && Types(type).Contains("null"));

    private static IEnumerable<string> Types(JsonNode type) =>
        type is JsonArray many ? many.Select(t => t!.GetValue<string>()) : [type.GetValue<string>()];

    private static bool HasType(JsonNode value, string type) => type switch
    {
        "object" => value is JsonObject,
        "array" => value is JsonArray,
        "string" => value is JsonValue v && v.TryGetValue<string>(out _),
        "boolean" => value is JsonValue v && v.TryGetValue<bool>(out _),
        "number" => value is JsonValue v && v.TryGetValue<double>(out _),
        "integer" => value is JsonValue v && v.TryGetValue<double>(out var d) && Math.Floor(d) == d,
        "null" => false,
        _ => throw new NotSupportedException($"Type '{type}'"),
    };

    private static string Kind(JsonNode value) => value switch
    {
        JsonObject => "an object",
        JsonArray => "an array",
        _ => value.ToJsonString(),
    };

    private static double Number(JsonNode node) => node.GetValueKind() == System.Text.Json.JsonValueKind.String
        ? double.Parse(node.GetValue<string>(), CultureInfo.InvariantCulture)
        : node.GetValue<double>();
}
