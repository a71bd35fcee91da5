using ServeInfra.Core.Configuration;

namespace ServeInfra.Core.Settings;

/// <summary>
/// One problem with a settings value, as a settings record's <c>Validate()</c> reports it: the setting in code, the stack
/// config key that sets it (where one exists), the bad value as a user sees it, what is wrong and what is allowed. The
/// config loader turns it into a <see cref="ConfigError"/> with the same words; a component throws it as it is.
/// </summary>
/// <param name="Setting">The setting in code, with its record and the index inside lists, e.g. <c>PublicAccess.Tokens[1].Name</c>.</param>
/// <param name="Key">The config key with its path inside arrays, e.g. <c>serveinfra:tokens[1].name</c>; null when no key sets it.</param>
/// <param name="Value">The bad value as shown to the user (never a secret), or null when it is missing.</param>
/// <param name="Problem">What is wrong, e.g. <c>is out of range</c>.</param>
/// <param name="Allowed">What would be accepted.</param>
/// <param name="Fix">The <c>pulumi config</c> command that fixes it; null when no key sets it.</param>
public sealed record SettingsProblem(string Setting, string? Key, string? Value, string Problem, string Allowed, string? Fix)
{
    /// <summary>The problem as stack config reports it, or null when no config key sets the value.</summary>
    public ConfigError? ToConfigError() =>
        Key is null || Fix is null ? null : new ConfigError(Key, Value, Problem, Allowed, Fix);

    /// <summary>One line for code that built the settings itself: the setting, its config key, the value and what is allowed.</summary>
    public override string ToString() =>
        $"{(Key is null ? Setting : $"{Setting} ({Key})")}: {ConfigError.Statement(Value, Problem, Allowed)}.";
}
