using ServeInfra.Core.Gateway;

namespace ServeInfra.Core.Tests.Gateway;

public sealed class GatewayTokenGeneratorTests
{
    [Fact]
    public void AlphabetIsTheSixtyTwoAsciiLettersAndDigits()
    {
        Assert.Equal(62, GatewayTokenGenerator.TokenAlphabet.Distinct().Count());
        Assert.Equal(62, GatewayTokenGenerator.TokenAlphabet.Length);
        Assert.All(GatewayTokenGenerator.TokenAlphabet, c => Assert.True(char.IsAsciiLetterOrDigit(c)));
    }

    [Fact]
    public void LengthIsTheShortestThatReaches256Bits()
    {
        Assert.True(GatewayTokenGenerator.EntropyBits >= 256, $"{GatewayTokenGenerator.EntropyBits} bits");
        Assert.True((GatewayTokenGenerator.TokenLength - 1) * Math.Log2(62) < 256);
        Assert.Equal(43, GatewayTokenGenerator.TokenLength);
    }

    [Fact]
    public void GeneratesWellFormedDistinctTokensOverTheWholeAlphabet()
    {
        var tokens = Enumerable.Range(0, 2000).Select(_ => GatewayTokenGenerator.Generate()).ToList();

        Assert.All(tokens, token => Assert.Equal(GatewayTokenGenerator.TokenLength, token.Length));
        Assert.All(tokens, token => Assert.True(GatewayTokenGenerator.IsWellFormed(token)));
        Assert.Equal(tokens.Count, tokens.Distinct().Count());
        // 86,000 draws over 62 characters: each appears ~1,387 times; a missing or rare one means a biased draw.
        var counts = string.Concat(tokens).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(62, counts.Count);
        Assert.All(counts.Values, count => Assert.InRange(count, 1100, 1700));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("abc", false)]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", false)]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", true)]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+", false)]
    public void IsWellFormedChecksLengthAndAlphabet(string? value, bool expected) =>
        Assert.Equal(expected, GatewayTokenGenerator.IsWellFormed(value));
}
