using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ServeInfra.Core.Configuration;

/// <summary>
/// A config key's declared default, kept as one JSON value: <c>Pulumi.yaml</c> declares it in this form, and the
/// Pulumi CLI hands it to the program, as a string, when the stack does not set the key.
/// </summary>
public sealed class ConfigDefault
{
    // Go's encoding/json, which the CLI uses for object values: compact, HTML characters escaped as \u003c etc.
    private static readonly JsonSerializerOptions GoJson = new() { Encoder = JavaScriptEncoder.Default };

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly JsonNode _value;

    private ConfigDefault(JsonNode value) => _value = value;

    /// <summary>A string default.</summary>
    public static ConfigDefault Of(string text) => new(JsonValue.Create(text));

    /// <summary>A whole-number default.</summary>
    public static ConfigDefault Of(int number) => new(JsonValue.Create(number));

    /// <summary>A boolean default.</summary>
    public static ConfigDefault Of(bool flag) => new(JsonValue.Create(flag));

    /// <summary>A list default, from its JSON text (items are strings or objects).</summary>
    public static ConfigDefault List(string json) =>
        new(JsonNode.Parse(json) as JsonArray ?? throw new ArgumentException("A list default must be a JSON array.", nameof(json)));

    /// <summary>The default as one JSON value; also valid YAML of the same type, which is how <c>Pulumi.yaml</c> declares it.</summary>
    public string Json => _value.ToJsonString(Readable);

    /// <summary>
    /// The string the CLI hands the program for an unset key: a string as it is, a number or boolean as Go's
    /// <c>%v</c> prints it, a list as Go's <c>json.Marshal</c> writes it (object keys sorted)
    /// (pulumi/pulumi v3.259.0 <c>pkg/workspace/config.go</c>, <c>createConfigValue</c>).
    /// </summary>
    public string Delivered => _value switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag ? "true" : "false",
        JsonValue value => value.ToJsonString(),
        _ => Sorted(_value)!.ToJsonString(GoJson),
    };

    /// <summary>The default as a value for a human: text without quotes, everything else as JSON.</summary>
    public string Display => _value is JsonValue value && value.TryGetValue<string>(out var text) ? text : Json;

    /// <summary>
    /// Whether a value the program received means the same as this default. Such a value is not the user's
    /// choice: the CLI writes every default into the program's config, so it cannot be told apart otherwise.
    /// </summary>
    public bool Matches(string? raw)
    {
        if (raw is null)
        {
            return true;
        }

        switch (_value)
        {
            case JsonValue value when value.TryGetValue<int>(out var number):
                return int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) && parsed == number;
            case JsonValue:
                return raw == Delivered;
            default:
                try
                {
                    return JsonNode.DeepEquals(JsonNode.Parse(raw), _value);
                }
                catch (JsonException)
                {
                    return false;
                }
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Json;

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Sorted)]),
        _ => node?.DeepClone(),
    };
}
