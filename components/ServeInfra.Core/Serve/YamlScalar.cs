using System.Globalization;
using System.Text;

namespace ServeInfra.Core.Serve;

/// <summary>Double-quoted YAML scalars: the one scalar style in which any string is safe.</summary>
internal static class YamlScalar
{
    /// <summary>Quotes <paramref name="value"/>, escaping backslash, quote and every control character.</summary>
    public static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2);
        quoted.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    quoted.Append("\\\"");
                    break;
                case '\\':
                    quoted.Append("\\\\");
                    break;
                case '\n':
                    quoted.Append("\\n");
                    break;
                case '\t':
                    quoted.Append("\\t");
                    break;
                case '\r':
                    quoted.Append("\\r");
                    break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085')
                    {
                        quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        quoted.Append(c);
                    }

                    break;
            }
        }

        return quoted.Append('"').ToString();
    }
}
