using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ServeInfra.PulumiCli;

/// <summary>
/// Decodes YAML into the values gopkg.in/yaml.v3 gives when it decodes into <c>any</c>, which is how the CLI reads
/// <c>Pulumi.yaml</c> and stack files (pulumi/pulumi v3.259.0 <c>sdk/go/common/encoding/marshal.go</c> uses yaml.v3).
/// Values: <see cref="string"/>, <see cref="bool"/>, <see cref="long"/> (Go <c>int</c>), <see cref="ulong"/>,
/// <see cref="double"/>, null, <see cref="List{T}"/> and <see cref="SortedDictionary{TKey, TValue}"/> with string keys.
/// </summary>
public static partial class GoYaml
{
    /// <summary>Decodes one YAML document; null for an empty document.</summary>
    public static object? Decode(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
    }

    private static object? Convert(YamlNode node) => node switch
    {
        YamlScalarNode scalar => Resolve(scalar),
        YamlSequenceNode sequence => sequence.Children.Select(Convert).ToList(),
        YamlMappingNode mapping => Mapping(mapping),
        _ => throw new PulumiCliException($"unsupported YAML node {node.NodeType}"),
    };

    private static SortedDictionary<string, object?> Mapping(YamlMappingNode mapping)
    {
        var map = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            // sdk/go/common/workspace/project.go SimplifyMarshalledValue: "expected only string keys, got '%s'".
            if (Convert(key) is not string name)
            {
                throw new PulumiCliException($"expected only string keys, got '{((YamlScalarNode)key).Value}'");
            }

            map[name] = Convert(value);
        }

        return map;
    }

    /// <summary>
    /// yaml.v3 <c>resolve.go</c>: a quoted or block scalar, or one tagged <c>!!str</c>, is a string; a plain scalar is
    /// null, a boolean (only <c>true</c>/<c>True</c>/<c>TRUE</c> and the <c>false</c> forms: YAML 1.2, so <c>yes</c>
    /// is a string), an integer (Go <c>ParseInt</c> base 0 after removing <c>_</c>: <c>0x</c>, <c>0o</c>, <c>0b</c>
    /// and a leading <c>0</c> for octal), a float, or else a string. A timestamp decoded into <c>any</c> stays a string
    /// (yaml.v3 <c>decode.go</c>, kept for compatibility).
    /// </summary>
    private static object? Resolve(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        var tag = scalar.Tag.IsEmpty ? "" : scalar.Tag.Value;
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any) || tag is "tag:yaml.org,2002:str" or "!!str")
        {
            return text;
        }

        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return true;
            case "false" or "False" or "FALSE":
                return false;
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF":
                return double.PositiveInfinity;
            case "-.inf" or "-.Inf" or "-.INF":
                return double.NegativeInfinity;
            case ".nan" or ".NaN" or ".NAN":
                return double.NaN;
        }

        var hint = text[0];
        if (hint == '.' && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var dotFloat))
        {
            return dotFloat;
        }

        if (!char.IsAsciiDigit(hint) && hint is not ('+' or '-'))
        {
            return text;
        }

        var plain = text.Replace("_", "", StringComparison.Ordinal);
        if (GoInteger(plain) is { } integer)
        {
            return integer;
        }

        return YamlStyleFloat().IsMatch(plain) && double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : text;
    }

    /// <summary>Go's <c>strconv.ParseInt(s, 0, 64)</c>, then <c>ParseUint</c>: sign, then 0x/0o/0b/0 prefixes.</summary>
    private static object? GoInteger(string plain)
    {
        var negative = plain.StartsWith('-');
        var body = plain.TrimStart('+', '-');
        if (plain.Length - body.Length > 1 || body.Length == 0)
        {
            return null;
        }

        var (digits, radix) = body.Length > 1 && body[0] == '0'
            ? char.ToLowerInvariant(body[1]) switch
            {
                'x' => (body[2..], 16),
                'o' => (body[2..], 8),
                'b' => (body[2..], 2),
                _ => (body[1..], 8),
            }
            : (body, 10);
        if (digits.Length == 0 || digits.Any(c => !Uri.IsHexDigit(c) || System.Convert.ToInt32(c.ToString(), 16) >= radix))
        {
            return null;
        }

        try
        {
            var magnitude = System.Convert.ToUInt64(digits, radix == 10 ? 10 : radix);
            if (negative)
            {
                return magnitude <= 9223372036854775808UL ? (object)(long)(0 - magnitude) : null;
            }

            return magnitude <= long.MaxValue ? (long)magnitude : magnitude;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex YamlStyleFloat();
}
