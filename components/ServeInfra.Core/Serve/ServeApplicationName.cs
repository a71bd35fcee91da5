using System.Text.RegularExpressions;

namespace ServeInfra.Core.Serve;

/// <summary>
/// The one rule for a Serve application's name, used by the config loader and by the gateway (which puts names
/// into its config and API-docs links): 1 to 63 characters of letters, digits, <c>_</c> and <c>-</c>, starting
/// with a letter or digit.
/// </summary>
public static partial class ServeApplicationName
{
    /// <summary>What is allowed, for messages.</summary>
    public const string Allowed = "1 to 63 characters of letters, digits, '_' and '-', starting with a letter or digit";

    /// <summary>Whether <paramref name="name"/> is a valid application name.</summary>
    public static bool IsValid([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? name) => name is not null && Pattern().IsMatch(name);

    /// <summary>The rule as a regular expression.</summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$", RegexOptions.CultureInvariant)]
    public static partial Regex Pattern();
}
