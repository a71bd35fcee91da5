using System.Globalization;

namespace ServeInfra.PulumiCli;

/// <summary>
/// <c>ValidateConfigValue</c> and <c>InferFullTypeName</c> (pulumi/pulumi v3.259.0 <c>sdk/go/common/workspace/project.go</c>):
/// whether a default or a stack value has its declared type.
/// </summary>
public static class ConfigValues
{
    /// <summary>
    /// string: a string. integer: an integer, a whole float, or a string Go's <c>strconv.Atoi</c> parses.
    /// boolean: a boolean or the string <c>true</c>/<c>false</c>. object: a map. array: a list whose every item has the item type.
    /// </summary>
    public static bool IsOfType(string typeName, ProjectConfigItemsType? items, object? value) => typeName switch
    {
        "string" => value is string,
        "integer" => value switch
        {
            long => true,
            double number => number == Math.Truncate(number),
            string text => IsGoAtoi(text),
            _ => false,
        },
        "boolean" => value is bool or "true" or "false",
        "object" => value is SortedDictionary<string, object?>,
        _ => value is List<object?> list && items is not null && list.All(item => IsOfType(items.Type, items.Items, item)),
    };

    /// <summary>The type's name in messages, e.g. <c>array&lt;string&gt;</c>.</summary>
    public static string FullTypeName(string typeName, ProjectConfigItemsType? items) =>
        items is null ? typeName : $"array<{FullTypeName(items.Type, items.Items)}>";

    // strconv.Atoi: an optional sign, then decimal digits, within the 64-bit int range.
    private static bool IsGoAtoi(string text) =>
        text.Length > 0 && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
        && text.TrimStart('+', '-').All(char.IsAsciiDigit) && text.Count(c => c is '+' or '-') <= 1;
}
