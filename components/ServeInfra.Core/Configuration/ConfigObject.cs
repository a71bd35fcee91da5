using System.Globalization;
using System.Text.Json;
using ServeInfra.Core.Settings;

namespace ServeInfra.Core.Configuration;

/// <summary>
/// One object inside an array key (an application, a token), read field by field with errors by path. It reports only
/// what does not parse (a missing field, a number that is not one, a list that is not one); the item's record checks
/// the values with its own rules.
/// </summary>
internal sealed class ConfigObject
{
    private readonly ConfigReader _reader;
    private readonly string _path;
    private readonly JsonElement _element;

    public ConfigObject(ConfigReader reader, string path, JsonElement element)
    {
        _reader = reader;
        _path = path;
        _element = element;
        if (!IsObject)
        {
            _reader.Fail(path, element.GetRawText(), "is not an object", "an object with named fields",
                $"pulumi config set --path '{path}.name' <value>");
        }
    }

    public bool IsObject => _element.ValueKind == JsonValueKind.Object;

    public void Fail(string field, string? value, string problem, string allowed, string example) =>
        _reader.Fail($"{_path}.{field}", value, problem, allowed, $"pulumi config set --path '{_path}.{field}' {example}");

    public ConfigObject? Child(string field) =>
        Field(field) is { } child ? new ConfigObject(_reader, $"{_path}.{field}", child) : null;

    public bool Has(string field) => Field(field) is not null;

    /// <summary>The field's text; null (reported) when it is missing or not text.</summary>
    public string? RequiredString(string field, TextRule rule)
    {
        if (Field(field) is not { } value)
        {
            Fail(field, null, TextRule.Missing, rule.Allowed, rule.Example);
            return null;
        }

        return Text(field, value, rule);
    }

    /// <summary>The field's text; null when it is missing, or (reported) not text.</summary>
    public string? OptionalString(string field, TextRule rule) =>
        Field(field) is { } value ? Text(field, value, rule) : null;

    /// <summary>The field's whole number, <paramref name="fallback"/> when it is missing, or (reported) when it is not one.</summary>
    public int Int(string field, int fallback, (int Min, int Max) range)
    {
        if (Field(field) is not { } value)
        {
            return fallback;
        }

        // Pulumi stores numbers set with --path as JSON numbers, but a quoted "2" is what a hand-edited file may hold.
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            Fail(field, text, SettingsChecks.NotWholeNumberInRange, SettingsChecks.RangeText(range), SettingsChecks.Text(range.Min));
            return fallback;
        }

        return number;
    }

    /// <summary>The field's list of texts (empty when missing); items that are not text are reported and left out.</summary>
    public IReadOnlyList<string> StringList(string field, TextRule rule)
    {
        if (Field(field) is not { } value)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Fail(field, value.GetRawText(), "is not a list", rule.Allowed, rule.Example);
            return [];
        }

        var list = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (Text($"{field}[{index++}]", item, rule) is { } text)
            {
                list.Add(text);
            }
        }

        return list;
    }

    /// <summary>The field's map of texts (empty when missing); entries whose value is not text are reported and left out.</summary>
    public IReadOnlyDictionary<string, string> StringMap(string field, TextRule keyRule, string invalidEntry)
    {
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (Field(field) is not { } value)
        {
            return map;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            Fail(field, value.GetRawText(), "is not an object", keyRule.Allowed, keyRule.Example);
            return map;
        }

        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                // Never the value: an environment variable's value may be a secret.
                Fail($"{field}.{property.Name}", null, invalidEntry, keyRule.Allowed, keyRule.Example);
                continue;
            }

            map[property.Name] = property.Value.GetString()!;
        }

        return map;
    }

    private JsonElement? Field(string field) =>
        _element.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private string? Text(string field, JsonElement value, TextRule rule)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            Fail(field, value.GetRawText(), TextRule.Invalid, rule.Allowed, rule.Example);
            return null;
        }

        return value.GetString();
    }
}
