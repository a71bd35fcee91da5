using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ServeInfra.Core.Configuration;

/// <summary>One object inside an array key (an application, a token), read field by field with errors by path.</summary>
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
        _element.TryGetProperty(field, out var child) && child.ValueKind != JsonValueKind.Null
            ? new ConfigObject(_reader, $"{_path}.{field}", child)
            : null;

    public string? RequiredString(string field, Regex pattern, string allowed, string example)
    {
        if (!_element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            Fail(field, null, "is missing", allowed, example);
            return null;
        }

        return Check(field, value, pattern, allowed, example);
    }

    public string? OptionalString(string field, Regex pattern, string allowed, string example) =>
        _element.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null
            ? Check(field, value, pattern, allowed, example)
            : null;

    public int Int(string field, int fallback, int min, int max)
    {
        if (!_element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return fallback;
        }

        // Pulumi stores numbers set with --path as JSON numbers, but a quoted "2" is what a hand-edited file may hold.
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            Fail(field, text, "is not a whole number in range", $"{min} to {max}", min.ToString(CultureInfo.InvariantCulture));
            return fallback;
        }

        return number;
    }

    public IReadOnlyList<string> StringList(string field, Regex pattern, string allowed, string example)
    {
        if (!_element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Fail(field, value.GetRawText(), "is not a list", allowed, example);
            return [];
        }

        var list = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (Check($"{field}[{index++}]", item, pattern, allowed, example) is { } text)
            {
                list.Add(text);
            }
        }

        return list;
    }

    public IReadOnlyDictionary<string, string> StringMap(string field, Regex keyPattern, string allowed, string example)
    {
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!_element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return map;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            Fail(field, value.GetRawText(), "is not an object", allowed, example);
            return map;
        }

        foreach (var property in value.EnumerateObject())
        {
            if (!keyPattern.IsMatch(property.Name) || property.Value.ValueKind != JsonValueKind.String)
            {
                Fail($"{field}.{property.Name}", property.Value.GetRawText(), "is not a valid variable", allowed, example);
                continue;
            }

            map[property.Name] = property.Value.GetString()!;
        }

        return map;
    }

    private string? Check(string field, JsonElement value, Regex pattern, string allowed, string example)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (text is null || !pattern.IsMatch(text))
        {
            Fail(field, text ?? value.GetRawText(), "is not valid", allowed, example);
            return null;
        }

        return text;
    }
}
