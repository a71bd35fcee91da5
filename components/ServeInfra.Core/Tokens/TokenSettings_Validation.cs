using System.Text.RegularExpressions;
using ServeInfra.Core.Naming;
using ServeInfra.Core.Settings;

namespace ServeInfra.Core.Tokens;

public sealed partial record TokenSettings
{
    /// <summary>The allowed <see cref="Generation"/>.</summary>
    public static (int Min, int Max) GenerationRange { get; } = (1, 1_000_000);

    /// <summary>The allowed <see cref="RetiredThrough"/> (it must also stay below the generation).</summary>
    public static (int Min, int Max) RetiredThroughRange { get; } = (0, 1_000_000);

    /// <summary>The rule for a token's name; the loader words a missing name with it.</summary>
    internal static TextRule NameRule { get; } = new(NamePattern(),
        $"lower-case letters, digits and hyphens, starting with a letter, at most {NameRules.MaxTokenNameLength} characters", DefaultName);

    /// <summary>
    /// Every problem with this token on its own (name, generation, retirement, rate limit), one each naming the field,
    /// the bad value and what is allowed. Unique names and the <c>default</c> token are checked by <see cref="Access.PublicAccess"/>.
    /// </summary>
    public IReadOnlyList<SettingsProblem> Validate()
    {
        var checks = new SettingsChecks();
        Validate(checks, nameof(TokenSettings), null);
        return checks.Problems;
    }

    /// <summary>Checks into <paramref name="checks"/>, naming settings from <paramref name="at"/> and keys from <paramref name="item"/> (its config path, if any).</summary>
    internal void Validate(SettingsChecks checks, string at, string? item)
    {
        NameRule.Check(checks, $"{at}.Name", item, "name", Name);
        var generationOk = checks.ItemInRange($"{at}.Generation", item, "generation", Generation, GenerationRange);
        var retiredOk = checks.ItemInRange($"{at}.RetiredThrough", item, "retiredThrough", RetiredThrough, RetiredThroughRange);
        if (generationOk && retiredOk && RetiredThrough >= Generation)
        {
            var previous = SettingsChecks.Text(Generation - 1);
            checks.FailItem($"{at}.RetiredThrough", item, "retiredThrough", SettingsChecks.Text(RetiredThrough),
                $"would retire the current generation ({SettingsChecks.Text(Generation)})", $"0 to {previous}; remove the token to revoke it entirely", previous);
        }

        if (RateLimit is { } limit)
        {
            checks.ItemInRange($"{at}.RateLimit.RequestsPerSecond", item, "requestsPerSecond", limit.RequestsPerSecond, TokenRateLimit.RequestsPerSecondRange);
            checks.ItemInRange($"{at}.RateLimit.Burst", item, "burst", limit.Burst, TokenRateLimit.BurstRange);
        }
    }

    [GeneratedRegex("^[a-z]([-a-z0-9]{0,28}[a-z0-9])?$")]
    private static partial Regex NamePattern();
}
