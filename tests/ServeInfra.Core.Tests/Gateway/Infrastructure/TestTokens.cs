using System.Security.Cryptography;
using ServeInfra.Core.Gateway;

namespace ServeInfra.Core.Tests.Gateway.Infrastructure;

/// <summary>
/// The valid tokens of a run, fresh each time: ci#3 and team-a#1 in the current format, and ci#2, ci's previous
/// generation, in the earlier format (43 of A-Z a-z 0-9, accepted until retired). Plus one wrong token and the
/// placeholders request templates use: {T1}, {T2}, {L1}, {WRONG}, {T1_UPPER} (T1 with every letter upper-case),
/// {T1_ONE_UPPER} (only its first letter), {T1_TRUNCATED}, {T1_BASIC} (user:{T1} in Basic form), {T1_PERCENT}
/// (first character percent-encoded), {L1_SWAPPED_CASE}, {L1_LOWER}, {L1_TRUNCATED}, {WRONG_LEGACY}.
/// </summary>
public sealed class TestTokens
{
    public GatewayToken Ci { get; } = new() { Name = "ci", Label = "ci#3", Value = GatewayTokenGenerator.Generate() };

    public GatewayToken TeamA { get; } = new() { Name = "team-a", Label = "team-a#1", Value = GatewayTokenGenerator.Generate() };

    /// <summary>ci's previous generation, made before the current format; it must hold an upper-case letter to test case.</summary>
    public GatewayToken CiLegacy { get; } = new() { Name = "ci", Label = "ci#2", Value = "Q" + RandomNumberGenerator.GetString(GatewayTokenGenerator.LegacyAlphabet, 42) };

    public string Wrong { get; } = GatewayTokenGenerator.Generate();

    public string WrongLegacy { get; } = RandomNumberGenerator.GetString(GatewayTokenGenerator.LegacyAlphabet, 43);

    public IReadOnlyList<GatewayToken> All => [Ci, TeamA, CiLegacy];

    /// <summary>Every secret a log or response must never show (the near-misses contain most of a token too).</summary>
    public IReadOnlyList<string> Secrets =>
        [Ci.Value, TeamA.Value, CiLegacy.Value, Wrong, WrongLegacy, Ci.Value[..^1], CiLegacy.Value[..^1], Ci.Value.ToUpperInvariant(), CiLegacy.Value.ToLowerInvariant()];

    public string Fill(string template) => template
        .Replace("{T1_UPPER}", Ci.Value.ToUpperInvariant(), StringComparison.Ordinal)
        .Replace("{T1_ONE_UPPER}", OneUpper(Ci.Value), StringComparison.Ordinal)
        .Replace("{T1_BASIC}", Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes("user:" + Ci.Value)), StringComparison.Ordinal)
        .Replace("{T1_PERCENT}", $"%{(int)Ci.Value[0]:X2}{Ci.Value[1..]}", StringComparison.Ordinal)
        .Replace("{T1_TRUNCATED}", Ci.Value[..^1], StringComparison.Ordinal)
        .Replace("{L1_SWAPPED_CASE}", SwapCase(CiLegacy.Value), StringComparison.Ordinal)
        .Replace("{L1_LOWER}", CiLegacy.Value.ToLowerInvariant(), StringComparison.Ordinal)
        .Replace("{L1_TRUNCATED}", CiLegacy.Value[..^1], StringComparison.Ordinal)
        .Replace("{WRONG_LEGACY}", WrongLegacy, StringComparison.Ordinal)
        .Replace("{T1}", Ci.Value, StringComparison.Ordinal)
        .Replace("{T2}", TeamA.Value, StringComparison.Ordinal)
        .Replace("{L1}", CiLegacy.Value, StringComparison.Ordinal)
        .Replace("{WRONG}", Wrong, StringComparison.Ordinal);

    private static string SwapCase(string value) =>
        string.Concat(value.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)));

    /// <summary>The token with its first letter upper-cased (a generated token has letters: 50 digits in a row is a 1-in-10^22 draw).</summary>
    private static string OneUpper(string value)
    {
        var i = value.IndexOf(value.First(char.IsAsciiLetter), StringComparison.Ordinal);
        return string.Concat(value.AsSpan(0, i), char.ToUpperInvariant(value[i]).ToString(), value.AsSpan(i + 1));
    }
}
