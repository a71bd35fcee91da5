using System.Globalization;
using System.Text;

namespace ServeInfra.PulumiCli;

/// <summary>
/// Go's <c>encoding/json.Marshal</c> for the values <see cref="GoYaml"/> gives: compact, map keys sorted, and
/// <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, U+2028 and U+2029 escaped. The CLI writes every list or object config
/// value the program receives this way.
/// </summary>
public static class GoJson
{
    /// <summary>Marshals one value.</summary>
    public static string Marshal(object? value) => Write(new StringBuilder(), value).ToString();

    private static StringBuilder Write(StringBuilder json, object? value)
    {
        switch (value)
        {
            case null:
                return json.Append("null");
            case bool flag:
                return json.Append(flag ? "true" : "false");
            case string text:
                return String(json, text);
            case long or ulong or int:
                return json.Append(System.Convert.ToString(value, CultureInfo.InvariantCulture));
            case double number:
                return json.Append(Float(number));
            case IEnumerable<KeyValuePair<string, object?>> map:
                json.Append('{');
                var first = true;
                foreach (var (key, item) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    json.Append(first ? "" : ",");
                    String(json, key).Append(':');
                    Write(json, item);
                    first = false;
                }

                return json.Append('}');
            case IEnumerable<object?> list:
                json.Append('[');
                var index = 0;
                foreach (var item in list)
                {
                    Write(json.Append(index++ == 0 ? "" : ","), item);
                }

                return json.Append(']');
            default:
                throw new ArgumentException($"No Go JSON form for {value.GetType()}.", nameof(value));
        }
    }

    // encoding/json floatEncoder: the shortest form, in 'f' notation unless the exponent is < -6 or >= 21, then
    // 'e' notation with a two-digit exponent (1e+21, 1e-07); .NET's round-trip form differs only in letter case
    // and in where it switches to exponents.
    private static string Float(double number)
    {
        if (double.IsNaN(number) || double.IsInfinity(number))
        {
            throw new ArgumentException($"json: unsupported value: {number}", nameof(number));
        }

        var shortest = number.ToString("R", CultureInfo.InvariantCulture);
        var abs = Math.Abs(number);
        var exponent = abs != 0 && (abs < 1e-6 || abs >= 1e21);
        return exponent || !shortest.Contains('E', StringComparison.Ordinal)
            ? shortest.ToLowerInvariant()
            : ((decimal)number).ToString(CultureInfo.InvariantCulture);
    }

    private static StringBuilder String(StringBuilder json, string text)
    {
        json.Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => json.Append("\\\""),
                '\\' => json.Append("\\\\"),
                '\n' => json.Append("\\n"),
                '\r' => json.Append("\\r"),
                '\t' => json.Append("\\t"),
                '<' or '>' or '&' or '\u2028' or '\u2029' => json.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                < ' ' => json.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => json.Append(c),
            };
        }

        return json.Append('"');
    }
}
