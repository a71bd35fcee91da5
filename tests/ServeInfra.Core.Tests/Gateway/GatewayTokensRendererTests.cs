using ServeInfra.Core.Gateway;

namespace ServeInfra.Core.Tests.Gateway;

public sealed class GatewayTokensRendererTests
{
    private static readonly string A = new('a', 50);
    private static readonly string B = new('b', 50);
    private static readonly string Legacy = "AbCd" + new string('x', 39);

    private static GatewayToken Token(string name, string label, string value) => new() { Name = name, Label = label, Value = value };

    public static TheoryData<string> BadValues() =>
    [
        new string('a', 49),
        new string('a', 51),
        new string('A', 42),
        new string('A', 44),
        new string('A', 50),
        "",
        A[..49] + "-",
        A[..49] + "_",
        A[..49] + "=",
        A[..49] + "$",
        A[..49] + "\"",
        A[..49] + " ",
        A[..49] + "\n",
        A[..49] + "é",
        A[..49] + "ａ",
        A[..49] + "٣",
    ];

    [Fact]
    public void Renders_the_three_lookups_sorted_by_name_and_label()
    {
        var text = GatewayTokensRenderer.Render([Token("team-a", "team-a#1", B), Token("ci", "ci#4", A), Token("ci", "ci#3", Legacy)]);

        // A current-format token maps straight to its label and falls back to the earlier-format comparison; an
        // earlier-format token is never a key of the label map (nginx's lookup ignores case), only of the entry map.
        Assert.Contains(
            $"map $serveinfra_presented_token $serveinfra_token_label {{\n    default $serveinfra_legacy_token_label;\n" +
            $"    \"{A}\" \"ci#4\";\n    \"{B}\" \"team-a#1\";\n}}\n",
            text,
            StringComparison.Ordinal);
        Assert.Contains(
            $"map $serveinfra_presented_token $serveinfra_legacy_token_entry {{\n    default \"\";\n    \"{Legacy}\" \"ci#3 {Legacy}\";\n}}\n",
            text,
            StringComparison.Ordinal);
        Assert.EndsWith(
            $"map $serveinfra_presented_token $serveinfra_token_name {{\n    default \"\";\n" +
            $"    \"{Legacy}\" \"ci\";\n    \"{A}\" \"ci\";\n    \"{B}\" \"team-a\";\n}}\n",
            text,
            StringComparison.Ordinal);
        Assert.StartsWith("# ", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadValues))]
    public void Rejects_values_of_neither_format_without_showing_them(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => GatewayTokensRenderer.Render([Token("ci", "ci#3", value)]));

        Assert.Contains("GatewayTokens[0].Value (token 'ci'): not allowed (value not shown); use 50 characters of a-z 0-9 (or, until its generation is retired, an earlier token of 43 characters of A-Z a-z 0-9).", error.Message, StringComparison.Ordinal);
        if (value.Length > 0)
        {
            Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("", "ci#1", "GatewayTokens[0].Name: ''")]
    [InlineData("c i", "ci#1", "GatewayTokens[0].Name: 'c i'")]
    [InlineData("CI", "ci#1", "GatewayTokens[0].Name: 'CI'")]
    [InlineData("ci", "", "GatewayTokens[0].Label: ''")]
    [InlineData("ci", "ci 1", "GatewayTokens[0].Label: 'ci 1'")]
    [InlineData("ci", "ci\";", "GatewayTokens[0].Label")]
    public void Rejects_bad_names_and_labels(string name, string label, string message)
    {
        var errors = GatewayTokensRenderer.Validate([Token(name, label, A)]);

        Assert.Contains(errors, error => error.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Two_generations_share_a_name_but_never_a_label_or_a_value()
    {
        Assert.Empty(GatewayTokensRenderer.Validate([Token("ci", "ci#1", A), Token("ci", "ci#2", B)]));
        Assert.Equal(
            [
                "GatewayTokens[1].Label: 'ci#1' (token 'ci') appears twice; the audit log could not tell the tokens apart.",
                "GatewayTokens[1].Value (token 'ci'): the same value as another token, ignoring case (value not shown); give each token its own value.",
            ],
            GatewayTokensRenderer.Validate([Token("ci", "ci#1", A), Token("ci", "ci#1", A)]));
    }

    /// <summary>nginx lower-cases map keys, so two earlier-format tokens equal but for case would be one key ("conflicting parameter").</summary>
    [Fact]
    public void Rejects_values_that_differ_only_in_case()
    {
        var errors = GatewayTokensRenderer.Validate([Token("ci", "ci#1", Legacy), Token("team", "team#1", Legacy.ToLowerInvariant())]);

        Assert.Equal(["GatewayTokens[1].Value (token 'team'): the same value as another token, ignoring case (value not shown); give each token its own value."], errors);
    }

    [Fact]
    public void Rejects_more_tokens_than_the_lookup_is_sized_for()
    {
        var tokens = Enumerable.Range(0, GatewayTokensRenderer.MaximumTokens + 1)
            .Select(i => Token("t", $"t#{i}", i.ToString("D50", System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();

        Assert.Equal(["GatewayTokens: 20001 tokens; at most 20000 (the gateway's lookup is sized for that many)."], GatewayTokensRenderer.Validate(tokens));
        Assert.Empty(GatewayTokensRenderer.Validate(tokens[..^1]));
    }

    [Fact]
    public void Rejects_an_empty_set() =>
        Assert.Contains("the set is empty", Assert.Throws<ArgumentException>(() => GatewayTokensRenderer.Render([])).Message, StringComparison.Ordinal);

    [Fact]
    public void Rejects_a_null_token() =>
        Assert.Equal(["GatewayTokens[0]: is null."], GatewayTokensRenderer.Validate([null!]));

    [Fact]
    public void A_token_prints_without_its_value()
    {
        var text = Token("ci", "ci#3", A).ToString();

        Assert.Equal("GatewayToken { Name = ci, Label = ci#3, Value = (secret) }", text);
    }
}
