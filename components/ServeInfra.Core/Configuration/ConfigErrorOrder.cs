using System.Globalization;
using ServeInfra.Core.Settings;

namespace ServeInfra.Core.Configuration;

/// <summary>How the loader merges what did not parse with what the settings' <c>Validate()</c> found, and in which order it reports them.</summary>
internal static class ConfigErrorOrder
{
    /// <summary>
    /// Every parse error and every validation problem, in key order (unknown keys, <c>gcp:project</c>, then the keys as
    /// documented, list items by index). A value that did not parse stands in the settings as its default, so problems
    /// found at its path, inside it, or about the list that holds it, would be about a value the user did not write:
    /// they are left out, and the parse error is the one report.
    /// </summary>
    public static IReadOnlyList<ConfigError> Merge(IReadOnlyList<ConfigError> parseErrors, IReadOnlyList<SettingsProblem> problems)
    {
        var found = problems
            .Select(problem => problem.ToConfigError() ?? new ConfigError(problem.Setting, problem.Value, problem.Problem, problem.Allowed, "set it in the program"))
            .Where(error => !parseErrors.Any(parsed => Within(error.Key, parsed.Key) || Within(parsed.Key, error.Key)));
        return parseErrors.Concat(found).OrderBy(error => Rank(error.Key)).ThenBy(error => ItemIndex(error.Key)).ToList();
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="outer"/> or a path inside it (<c>tokens[1]</c> holds <c>tokens[1].name</c>, not <c>tokens[10]</c>).</summary>
    private static bool Within(string path, string outer) =>
        path.StartsWith(outer, StringComparison.Ordinal) && (path.Length == outer.Length || path[outer.Length] is '.' or '[');

    private static int Rank(string key)
    {
        if (key == ConfigKeys.GcpProject)
        {
            return -1;
        }

        var name = BaseKey(key);
        var index = ConfigKeys.All.ToList().FindIndex(known => known.FullName == name);

        // Not a setting: a typo, reported first as the loader always has.
        return index < 0 ? -2 : index;
    }

    private static int ItemIndex(string key)
    {
        var open = key.IndexOf('[', StringComparison.Ordinal);
        var close = open < 0 ? -1 : key.IndexOf(']', open);
        return close > open && int.TryParse(key.AsSpan(open + 1, close - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : -1;
    }

    private static string BaseKey(string key)
    {
        var end = key.IndexOfAny(['[', '.']);
        return end < 0 ? key : key[..end];
    }
}
