using ServeInfra.Core.Gateway;

namespace ServeInfra.Core.Tests.Gateway.Infrastructure;

/// <summary>
/// Two valid named tokens and one invalid, fresh per run, and the placeholders request templates use:
/// {T1}, {T2}, {WRONG}, {T1_SWAPPED_CASE}, {T1_TRUNCATED}, {T1_BASIC} (user:{T1} in Basic form), {T1_PERCENT} (first character percent-encoded).
/// </summary>
public sealed class TestTokens
{
    public GatewayToken Ci { get; } = new() { Name = "ci", Label = "ci#3", Value = GatewayTokenGenerator.Generate() };

    public GatewayToken TeamA { get; } = new() { Name = "team-a", Label = "team-a#1", Value = GatewayTokenGenerator.Generate() };

    public string Wrong { get; } = GatewayTokenGenerator.Generate();

    public IReadOnlyList<GatewayToken> All => [Ci, TeamA];

    /// <summary>Every secret a log or response must never show (the near-misses contain most of a token too).</summary>
    public IReadOnlyList<string> Secrets => [Ci.Value, TeamA.Value, Wrong, Ci.Value[..^1]];

    public string Fill(string template) => template
        .Replace("{T1_SWAPPED_CASE}", SwapCase(Ci.Value), StringComparison.Ordinal)
        .Replace("{T1_BASIC}", Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes("user:" + Ci.Value)), StringComparison.Ordinal)
        .Replace("{T1_PERCENT}", $"%{(int)Ci.Value[0]:X2}{Ci.Value[1..]}", StringComparison.Ordinal)
        .Replace("{T1_TRUNCATED}", Ci.Value[..^1], StringComparison.Ordinal)
        .Replace("{T1}", Ci.Value, StringComparison.Ordinal)
        .Replace("{T2}", TeamA.Value, StringComparison.Ordinal)
        .Replace("{WRONG}", Wrong, StringComparison.Ordinal);

    private static string SwapCase(string value) =>
        string.Concat(value.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)));
}
