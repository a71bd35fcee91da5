namespace ServeInfra.Core.Configuration;

/// <summary>
/// One problem with stack config: the key (with its path inside arrays), the value found, what is allowed,
/// and the command that fixes it.
/// </summary>
/// <param name="Key">The full key, with a path for array items, e.g. <c>serveinfra:tokens[1].name</c>.</param>
/// <param name="Value">The offending value as written (shortened when long), or null when the key is missing.</param>
/// <param name="Problem">What is wrong.</param>
/// <param name="Allowed">What would be accepted.</param>
/// <param name="Fix">A <c>pulumi config</c> command that fixes it.</param>
public sealed record ConfigError(string Key, string? Value, string Problem, string Allowed, string Fix)
{
    /// <summary>One line a user can act on.</summary>
    public override string ToString() => $"{Key}: {Statement(Value, Problem, Allowed)}. Fix: {Fix}";

    /// <summary>The words of a problem without key and fix: the value (shortened, quoted), what is wrong, what is allowed.</summary>
    internal static string Statement(string? value, string problem, string allowed) =>
        value is null ? $"{problem}. Allowed: {allowed}" : $"{Show(value)} {problem}. Allowed: {allowed}";

    private static string Show(string value)
    {
        const int max = 80;
        var shown = value.Length <= max ? value : string.Concat(value.AsSpan(0, max), "…");
        return $"\"{shown.ReplaceLineEndings("\\n")}\"";
    }
}
