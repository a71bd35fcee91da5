using System.Globalization;
using System.Text.Json;
using ServeInfra.Core.Networking;

namespace ServeInfra.Core.Configuration;

/// <summary>
/// Reads raw stack config values (strings, as Pulumi hands them over; arrays and objects as JSON) into typed
/// values, collecting every value that does not parse instead of stopping at the first. Whether a parsed value is
/// allowed is the settings records' rule (<c>Validate()</c>), not the reader's.
/// </summary>
internal sealed class ConfigReader(IReadOnlyDictionary<string, string> raw)
{
    private readonly List<ConfigError> _errors = [];

    public IReadOnlyList<ConfigError> Errors => _errors;

    /// <summary>
    /// Whether the user chose a value: the CLI hands the program every declared default as if it were set, so a
    /// value equal to the default is not a choice (pulumi/pulumi v3.259.0 <c>pkg/workspace/config.go</c> <c>mergeConfig</c>).
    /// </summary>
    public bool IsSet(ConfigKey key) => raw.TryGetValue(key.FullName, out var value) && value.Length > 0 && !key.Default.Matches(value);

    public string? Raw(string fullKey) => raw.TryGetValue(fullKey, out var value) ? value : null;

    public void Fail(string key, string? value, string problem, string allowed, string fix) =>
        _errors.Add(new ConfigError(key, value, problem, allowed, fix));

    public void Fail(ConfigKey key, string? value, string problem, string allowed) =>
        Fail(key.FullName, value, problem, allowed, key.FixCommand);

    /// <summary>The value, or the key's default when it is missing or empty.</summary>
    public string String(ConfigKey key) =>
        raw.TryGetValue(key.FullName, out var value) && value.Length > 0 ? value : key.Default.Delivered;

    /// <summary>The value, or <paramref name="derived"/> when it is missing or empty (keys whose default is computed).</summary>
    public string String(ConfigKey key, string derived) =>
        raw.TryGetValue(key.FullName, out var value) && value.Length > 0 ? value : derived;

    /// <summary>A value from the key's <see cref="ConfigKey.Allowed"/> list, or null (reported) when it is not one.</summary>
    public string? Choice(ConfigKey key, string problem)
    {
        var text = String(key);
        if (key.Allowed is { } allowed && allowed.Contains(text, StringComparer.Ordinal))
        {
            return text;
        }

        Fail(key, text, problem, key.AllowedText ?? "");
        return null;
    }

    /// <summary>
    /// A whole number as written, the default when it is missing, or the default when it is not a whole number (reported).
    /// Its range is the settings' rule: <c>Validate()</c> checks it.
    /// </summary>
    public int Int(ConfigKey key)
    {
        var fallback = int.Parse(key.Default.Delivered, CultureInfo.InvariantCulture);
        if (!raw.TryGetValue(key.FullName, out var text) || text.Length == 0)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Fail(key, text, "is not a whole number", key.AllowedText ?? "a whole number");
            return fallback;
        }

        return value;
    }

    public bool Bool(ConfigKey key)
    {
        var text = String(key);
        switch (text)
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                Fail(key, text, "is not a boolean", "true or false");
                return key.Default.Delivered == "true";
        }
    }

    /// <summary>A CIDR range; the default when it does not parse (reported). Prefix and overlap rules are the settings' (<c>Validate()</c>).</summary>
    public Ipv4Cidr Cidr(ConfigKey key)
    {
        var text = String(key);
        if (!Ipv4Cidr.TryParse(text, out var cidr))
        {
            Fail(key, text, "is not an IPv4 CIDR range with zero host bits", "a range such as " + key.Example);
            return Ipv4Cidr.Parse(key.Default.Delivered);
        }

        return cidr;
    }

    /// <summary>Reads an array key; its items are handed out as JSON elements, or null when the key is bad.</summary>
    public IReadOnlyList<JsonElement>? Array(ConfigKey key)
    {
        var text = String(key);
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                Fail(key, text, "is not a list", "a list; set items with pulumi config set --path");
                return null;
            }

            return document.RootElement.EnumerateArray().Select(item => item.Clone()).ToList();
        }
        catch (JsonException)
        {
            Fail(key, text, "is not a list", "a list; set items with pulumi config set --path");
            return null;
        }
    }

    /// <summary>Reads an array of CIDR strings, reporting each bad item by its index.</summary>
    public IReadOnlyList<Ipv4Cidr> CidrList(ConfigKey key)
    {
        var items = Array(key);
        if (items is null)
        {
            return [];
        }

        var ranges = new List<Ipv4Cidr>();
        for (var i = 0; i < items.Count; i++)
        {
            var text = items[i].ValueKind == JsonValueKind.String ? items[i].GetString() : items[i].GetRawText();
            if (Ipv4Cidr.TryParse(text, out var cidr))
            {
                ranges.Add(cidr);
            }
            else
            {
                var path = $"{key.FullName}[{i}]";
                Fail(path, text, "is not an IPv4 CIDR range with zero host bits", "a range such as " + key.Example,
                    $"pulumi config set --path '{path}' {key.Example}");
            }
        }

        return ranges;
    }
}
