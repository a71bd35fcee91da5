namespace ServeInfra.Core.Configuration;

public static partial class StackConfigLoader
{
    /// <summary>
    /// A key of the <c>serveinfra</c> namespace the program does not read is almost always a typo, and a typo
    /// silently leaves a setting at its default: refuse it. Its value is never shown (it may be a secret).
    /// </summary>
    private static void ReportUnknownKeys(ConfigReader reader, IEnumerable<string> keys)
    {
        var prefix = ConfigKey.Namespace + ":";
        foreach (var key in keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = key[prefix.Length..];
            if (ConfigKeys.All.Any(known => known.Name == name))
            {
                continue;
            }

            var closest = ConfigKeys.All.MinBy(known => EditDistance(known.Name.ToLowerInvariant(), name.ToLowerInvariant()))!;
            var suggestion = EditDistance(closest.Name.ToLowerInvariant(), name.ToLowerInvariant()) <= 3 ? $" (did you mean {closest.FullName}?)" : "";
            reader.Fail(key, null, "is set but is not a ServeInfra setting", $"the keys declared in Pulumi.yaml{suggestion}", $"pulumi config rm {key}");
        }
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
