using System.Globalization;

namespace ServeInfra.PulumiCli;

/// <summary>
/// Config key paths as <c>pulumi config set --path</c> reads them (<c>resource.ParsePropertyPathStrict</c>):
/// <c>a.b</c>, <c>a[0]</c>, <c>a["b.c"]</c>. Segments are names (<see cref="string"/>) or indexes (<see cref="int"/>).
/// </summary>
public static class PropertyPath
{
    /// <summary>Parses a path; the first segment must be a name.</summary>
    public static IReadOnlyList<object> Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = new List<object>();
        var i = 0;
        while (i < path.Length)
        {
            if (path[i] == '[')
            {
                var close = path.IndexOf(']', i);
                if (close < 0)
                {
                    throw new PulumiCliException($"invalid config key path: missing closing bracket in '{path}'");
                }

                var inner = path[(i + 1)..close];
                segments.Add(inner.StartsWith('"') && inner.EndsWith('"') && inner.Length >= 2
                    ? inner[1..^1]
                    : int.TryParse(inner, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                        ? index
                        : throw new PulumiCliException($"invalid config key path: invalid array index '{inner}' in '{path}'"));
                i = close + 1;
                continue;
            }

            if (path[i] == '.')
            {
                i++;
            }

            var end = path.IndexOfAny(['.', '['], i);
            end = end < 0 ? path.Length : end;
            if (end == i)
            {
                throw new PulumiCliException($"invalid config key path: empty segment in '{path}'");
            }

            segments.Add(path[i..end]);
            i = end;
        }

        return segments.Count > 0 && segments[0] is string { Length: > 0 }
            ? segments
            : throw new PulumiCliException("first path segement of config key must be a string");
    }

    /// <summary>A path as the CLI prints it in errors (<c>PropertyPath.String</c>): <c>a.b[0]["c.d"]</c>.</summary>
    public static string Format(IEnumerable<object> path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = new System.Text.StringBuilder();
        var first = true;
        foreach (var segment in path)
        {
            if (segment is int index)
            {
                text.Append(CultureInfo.InvariantCulture, $"[{index}]");
            }
            else if (segment is string name && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                text.Append(first ? "" : ".").Append(name);
            }
            else
            {
                text.Append("[\"").Append(((string)segment).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"]");
            }

            first = false;
        }

        return text.ToString();
    }
}
