using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace ServeInfra.Components.Tests.Conformance;

/// <summary>The inputs a resource registered with the mock engine, as the JSON object its provider would send.</summary>
internal static class RegisteredJson
{
    public static JsonNode? Convert(object? value) => value switch
    {
        null => null,
        ImmutableDictionary<string, object> map => new JsonObject(map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Convert(p.Value)))),
        ImmutableArray<object> list => new JsonArray(list.Select(Convert).ToArray()),
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        double number => JsonValue.Create(number),
        int number => JsonValue.Create((double)number),
        _ => throw new NotSupportedException($"Registered input of type {value.GetType()}"),
    };
}
