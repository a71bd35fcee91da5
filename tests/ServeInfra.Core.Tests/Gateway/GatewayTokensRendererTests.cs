using ServeInfra.Core.Gateway;

namespace ServeInfra.Core.Tests.Gateway;

public sealed class GatewayTokensRendererTests
{
    private static readonly string A = new('A', 43);
    private static readonly string B = new('b', 43);

    private static GatewayToken Token(string name, string label, string value) => new() { Name = name, Label = label, Value = value };

    public static TheoryData<string> BadValues() =>
    [
        new string('A', 42),
        new string('A', 257),
        "",
        A[..42] + "-",
        A[..42] + "_",
        A[..42] + "=",
        A[..42] + "$",
        A[..42] + "\"",
        A[..42] + " ",
        A[..42] + "\n",
        A[..42] + "é",
        A[..42] + "Ａ",
        A[..42] + "٣",
    ];

    [Fact]
    public void RendersOneExactEntryPerTokenSortedByName()
    {
        var text = GatewayTokensRenderer.Render([Token("team-a", "team-a#1", B), Token("ci", "ci#3", A)]);

        Assert.EndsWith($"\"~^{A}$\" \"ci#3\"; # ci\n\"~^{B}$\" \"team-a#1\"; # team-a\n", text, StringComparison.Ordinal);
        Assert.StartsWith("# ", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadValues))]
    public void RejectsValuesOutsideTheAlphabetOrLength_WithoutShowingThem(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => GatewayTokensRenderer.Render([Token("ci", "ci#3", value)]));

        Assert.Contains("GatewayTokens[0].Value (token 'ci'): not allowed (value not shown); use 43-256 characters of A-Z a-z 0-9", error.Message, StringComparison.Ordinal);
        if (value.Length > 0)
        {
            Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("", "ci#1", "GatewayTokens[0].Name: ''")]
    [InlineData("c i", "ci#1", "GatewayTokens[0].Name: 'c i'")]
    [InlineData("ci", "", "GatewayTokens[0].Label: ''")]
    [InlineData("ci", "ci 1", "GatewayTokens[0].Label: 'ci 1'")]
    [InlineData("ci", "ci\";", "GatewayTokens[0].Label")]
    public void RejectsBadNamesAndLabels(string name, string label, string message)
    {
        var errors = GatewayTokensRenderer.Validate([Token(name, label, A)]);

        Assert.Contains(errors, error => error.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public void RejectsDuplicates_NamingTheTokensNotTheValues()
    {
        var errors = GatewayTokensRenderer.Validate([Token("ci", "ci#1", A), Token("ci", "ci#1", A)]);

        Assert.Equal(
            [
                "GatewayTokens[1].Name: 'ci' appears twice; names must be unique.",
                "GatewayTokens[1].Label: 'ci#1' (token 'ci') appears twice; the audit log could not tell the tokens apart.",
                "GatewayTokens[1].Value (token 'ci'): the same value as another token (value not shown); give each token its own value.",
            ],
            errors);
    }

    [Fact]
    public void RejectsAnEmptySet() =>
        Assert.Contains("the set is empty", Assert.Throws<ArgumentException>(() => GatewayTokensRenderer.Render([])).Message, StringComparison.Ordinal);

    [Fact]
    public void RejectsANullToken() =>
        Assert.Equal(["GatewayTokens[0]: is null."], GatewayTokensRenderer.Validate([null!]));

    [Fact]
    public void ATokenPrintsWithoutItsValue()
    {
        var text = Token("ci", "ci#3", A).ToString();

        Assert.Equal("GatewayToken { Name = ci, Label = ci#3, Value = (secret) }", text);
    }
}
