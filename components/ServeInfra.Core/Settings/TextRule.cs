using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace ServeInfra.Core.Settings;

/// <summary>
/// The rule for a text field of a list item (an application's route prefix, a token's name): its pattern, what is
/// allowed in words, and a valid example for the fix. The loader words a missing or non-text field with it, and
/// <c>Validate()</c> checks the text with it.
/// </summary>
/// <param name="Pattern">What a valid value matches.</param>
/// <param name="Allowed">The rule in words.</param>
/// <param name="Example">A valid value, for the fix command.</param>
internal sealed record TextRule(Regex Pattern, string Allowed, string Example)
{
    /// <summary>What is wrong with a value that breaks the rule.</summary>
    public const string Invalid = "is not valid";

    /// <summary>What is wrong with a required value that is absent.</summary>
    public const string Missing = "is missing";

    public bool IsValid([NotNullWhen(true)] string? text) => text is not null && Pattern.IsMatch(text);

    /// <summary>Checks <paramref name="text"/>; reports it at <paramref name="field"/> of the item when it breaks the rule.</summary>
    public bool Check(SettingsChecks checks, string setting, string? item, string field, string? text)
    {
        var ok = IsValid(text);
        if (!ok)
        {
            checks.FailItem(setting, item, field, text, Invalid, Allowed, Example);
        }

        return ok;
    }
}
