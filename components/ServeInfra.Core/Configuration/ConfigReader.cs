using System.Globalization;
using System.Text.Json;
using ServeInfra.Core.Networking;

namespace ServeInfra.Core.Configuration;

/// <summary>
/// Reads raw stack config values (strings, as Pulumi hands them over; arrays and objects as JSON) into typed
/// values, collecting every error instead of stopping at the first.
/// </summary>
internal sealed class ConfigReader(IReadOnlyDictionary<string, string> raw)
{
    private readonly List<ConfigError> _errors = [];

    public IReadOnlyList<ConfigError> Errors => _errors;

    public bool IsSet(ConfigKey key) => raw.TryGetValue(key.FullName, out var value) && !string.IsNullOrEmpty(value);

    public string? Raw(string fullKey) => raw.TryGetValue(fullKey, out var value) ? value : null;

    public void Fail(string key, string? value, string problem, string allowed, string fix) =>
        _errors.Add(new ConfigError(key, value, problem, allowed, fix));

    public void Fail(ConfigKey key, string? value, string problem, string allowed) =>
        Fail(key.FullName, value, problem, allowed, key.FixCommand);

    public string String(ConfigKey key, string fallback) =>
        raw.TryGetValue(key.FullName, out var value) && value.Length > 0 ? value : fallback;

    public int Int(ConfigKey key, int fallback, int min, int max)
    {
        if (!raw.TryGetValue(key.FullName, out var text) || text.Length == 0)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Fail(key, text, "is not a whole number", $"{min} to {max}");
            return fallback;
        }

        if (value < min || value > max)
        {
            // The fallback keeps one bad value from also failing the checks that compare it with other keys.
            Fail(key, text, "is out of range", $"{min} to {max}");
            return fallback;
        }

        return value;
    }

    public bool Bool(ConfigKey key, bool fallback)
    {
        if (!raw.TryGetValue(key.FullName, out var text) || text.Length == 0)
        {
            return fallback;
        }

        switch (text)
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                Fail(key, text, "is not a boolean", "true or false");
                return fallback;
        }
    }

    public Ipv4Cidr Cidr(ConfigKey key, string fallback, Func<Ipv4Cidr, string?> check)
    {
        var text = String(key, fallback);
        if (!Ipv4Cidr.TryParse(text, out var cidr))
        {
            Fail(key, text, "is not an IPv4 CIDR range with zero host bits", "a range such as " + key.Example);
            return Ipv4Cidr.Parse(fallback);
        }

        if (check(cidr) is { } problem)
        {
            Fail(key, text, problem, "a range such as " + key.Example);
        }

        return cidr;
    }

    /// <summary>Reads an array key; its items are handed out as JSON elements, or null when the key is bad.</summary>
    public IReadOnlyList<JsonElement>? Array(ConfigKey key, string fallbackJson)
    {
        var text = String(key, fallbackJson);
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
    public IReadOnlyList<Ipv4Cidr> CidrList(ConfigKey key, string fallbackJson)
    {
        var items = Array(key, fallbackJson);
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
