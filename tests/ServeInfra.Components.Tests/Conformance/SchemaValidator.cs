using System.Text.Json.Nodes;

namespace ServeInfra.Components.Tests.Conformance;

/// <summary>
/// Validates a value against the schema keywords the conformance files use: JSON Schema (the strict Kubernetes
/// schemas, the Serve config schema) and the OpenAPI v3 structural schemas of CRDs. Every object field a schema does not
/// declare is an error, as in the strict files and as the API server's pruning of custom resources would drop it, unless
/// the schema allows more (<c>additionalProperties</c>, <c>x-kubernetes-preserve-unknown-fields</c>). A keyword it does
/// not implement fails the test instead of being ignored.
/// </summary>
/// <param name="root">The document <c>$ref</c>s resolve in.</param>
/// <param name="structural">
/// A CRD's structural schema: an object schema that declares no fields keeps none (the API server prunes them). In JSON
/// Schema such a schema constrains no field (it is a combinator's branch, or a free-form object).
/// </param>
internal sealed partial class SchemaValidator(JsonNode root, bool structural = false)
{
    // Keywords that describe and never constrain.
    private static readonly HashSet<string> Annotations =
    [
        "$schema", "description", "title", "default", "format", "definitions", "example", "examples",
        "x-kubernetes-group-version-kind", "x-kubernetes-list-map-keys", "x-kubernetes-list-type", "x-kubernetes-map-type",
        "x-kubernetes-patch-merge-key", "x-kubernetes-patch-strategy", "x-kubernetes-unions", "x-kubernetes-int-or-string",
        "x-kubernetes-embedded-resource", "x-ray-extra", "x-ray-validators",
        // CEL rules: not JSON Schema; the README of the conformance folder lists what they cover (nothing ServeInfra sets).
        "x-kubernetes-validations",
    ];

    private static readonly HashSet<string> Implemented =
    [
        "type", "nullable", "enum", "const", "properties", "required", "additionalProperties", "x-kubernetes-preserve-unknown-fields",
        "items", "oneOf", "anyOf", "allOf", "not", "$ref", "minimum", "maximum", "exclusiveMinimum", "minLength", "maxLength", "pattern",
        "minItems", "maxItems",
    ];

    /// <summary>Every violation of <paramref name="value"/>, each with its path; empty when it conforms.</summary>
    public List<string> Validate(JsonNode? value, JsonNode schema, string path = "$")
    {
        var errors = new List<string>();
        Check(value, schema, path, errors);
        return errors;
    }

    private void Check(JsonNode? value, JsonNode schema, string path, List<string> errors)
    {
        var s = schema.AsObject();
        // Draft-07: a $ref replaces its schema; sibling keywords are ignored.
        if (s["$ref"] is { } reference)
        {
            Check(value, Resolve(reference.GetValue<string>()), path, errors);
            return;
        }

        foreach (var keyword in s.Select(p => p.Key).Where(k => !Annotations.Contains(k) && !Implemented.Contains(k)))
        {
            throw new NotSupportedException($"Schema keyword '{keyword}' at {path} is not implemented by this validator.");
        }

        if (value is null)
        {
            if (!AllowsNull(s))
            {
                errors.Add($"{path}: null is not allowed");
            }

            return;
        }

        if (s["type"] is { } type && !Types(type).Any(t => HasType(value, t)))
        {
            errors.Add($"{path}: {Kind(value)} is not of type {type.ToJsonString()}");
            return;
        }

        if (s["enum"] is JsonArray options && !options.Any(o => JsonNode.DeepEquals(o, value)))
        {
            errors.Add($"{path}: {value.ToJsonString()} is not one of {options.ToJsonString()}");
        }

        if (s["const"] is { } constant && !JsonNode.DeepEquals(constant, value))
        {
            errors.Add($"{path}: {value.ToJsonString()} is not {constant.ToJsonString()}");
        }

        CheckCombinators(value, s, path, errors);
        switch (value)
        {
            case JsonObject obj:
                CheckObject(obj, s, path, errors);
                break;
            case JsonArray array:
                CheckArray(array, s, path, errors);
                break;
            default:
                CheckScalar(value.AsValue(), s, path, errors);
                break;
        }
    }

    private void CheckCombinators(JsonNode value, JsonObject s, string path, List<string> errors)
    {
        if (s["allOf"] is JsonArray all)
        {
            foreach (var sub in all)
            {
                Check(value, sub!, path, errors);
            }
        }

        if (s["anyOf"] is JsonArray any && !any.Any(sub => Validate(value, sub!, path).Count == 0))
        {
            errors.Add($"{path}: matches none of anyOf ({string.Join("; ", any.SelectMany(sub => Validate(value, sub!, path)))})");
        }

        if (s["oneOf"] is JsonArray one && one.Count(sub => Validate(value, sub!, path).Count == 0) != 1)
        {
            errors.Add($"{path}: does not match exactly one of oneOf");
        }

        if (s["not"] is { } not && Validate(value, not, path).Count == 0)
        {
            errors.Add($"{path}: matches a schema it must not match");
        }
    }
}
