using ServeInfra.Core.Gateway;

namespace ServeInfra.Core.Tests.Gateway;

public sealed class GatewayTokenGeneratorTests
{
    private static readonly string Current = new('a', 50);
    private static readonly string Legacy = new('A', 43);

    /// <summary>
    /// nginx's map lower-cases keys and looked-up values with ngx_tolower, which maps 'A'-'Z' only
    /// (nginx/nginx src/core/ngx_string.h at release-1.22.1 and release-1.29.3); the alphabet must be its fixed points.
    /// </summary>
    [Fact]
    public void Alphabet_is_the_thirty_six_characters_nginx_case_folding_leaves_alone()
    {
        static char NgxToLower(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;

        Assert.Equal(36, GatewayTokenGenerator.TokenAlphabet.Distinct().Count());
        Assert.Equal(36, GatewayTokenGenerator.TokenAlphabet.Length);
        Assert.All(GatewayTokenGenerator.TokenAlphabet, c => Assert.Equal(c, NgxToLower(c)));
        Assert.All(GatewayTokenGenerator.TokenAlphabet, c => Assert.True(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)));
    }

    [Fact]
    public void Length_is_the_shortest_that_reaches_256_bits()
    {
        Assert.True(GatewayTokenGenerator.EntropyBits >= 256, $"{GatewayTokenGenerator.EntropyBits} bits");
        Assert.True((GatewayTokenGenerator.TokenLength - 1) * Math.Log2(36) < 256);
        Assert.Equal(50, GatewayTokenGenerator.TokenLength);
    }

    [Fact]
    public void The_earlier_format_also_carried_256_bits_and_cannot_be_mistaken_for_the_current_one()
    {
        Assert.True(GatewayTokenGenerator.LegacyLength * Math.Log2(GatewayTokenGenerator.LegacyAlphabet.Length) >= 256);
        Assert.NotEqual(GatewayTokenGenerator.TokenLength, GatewayTokenGenerator.LegacyLength);
    }

    [Fact]
    public void Generates_well_formed_distinct_tokens_over_the_whole_alphabet()
    {
        var tokens = Enumerable.Range(0, 2000).Select(_ => GatewayTokenGenerator.Generate()).ToList();

        Assert.All(tokens, token => Assert.Equal(GatewayTokenGenerator.TokenLength, token.Length));
        Assert.All(tokens, token => Assert.True(GatewayTokenGenerator.IsCurrentFormat(token)));
        Assert.Equal(tokens.Count, tokens.Distinct().Count());
        // 100,000 draws over 36 characters: each appears ~2,778 times (sd ~52); a missing or rare one means a biased draw.
        var counts = string.Concat(tokens).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(36, counts.Count);
        Assert.All(counts.Values, count => Assert.InRange(count, 2500, 3060));
    }

    public static TheoryData<string?, bool, bool> Shapes() => new()
    {
        { null, false, false },
        { "", false, false },
        { Current, true, false },
        { Current[..49], false, false },
        { Current + "a", false, false },
        { Current[..49] + "A", false, false },
        { Current[..49] + "-", false, false },
        { Current[..49] + "é", false, false },
        { Current[..49] + "٣", false, false },
        { Legacy, false, true },
        { Legacy.ToLowerInvariant(), false, true },
        { Legacy[..42], false, false },
        { Legacy + "A", false, false },
        { Legacy[..42] + "+", false, false },
        { Legacy[..42] + "Ａ", false, false },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Each_format_is_one_length_and_one_alphabet(string? value, bool current, bool legacy)
    {
        Assert.Equal(current, GatewayTokenGenerator.IsCurrentFormat(value));
        Assert.Equal(legacy, GatewayTokenGenerator.IsLegacyFormat(value));
        Assert.Equal(current || legacy, GatewayTokenGenerator.IsWellFormed(value));
    }
}
