using System.Security.Cryptography;

namespace ServeInfra.Core.Gateway;

/// <summary>
/// The shape of a gateway token and how to make one. A token is <see cref="TokenLength"/> characters of
/// <see cref="TokenAlphabet"/>: lower-case letters and digits, the alphabet on which nginx's string <c>map</c>,
/// a hash that folds A-Z to a-z before comparing, compares exactly. So the gateway looks a token up at the same
/// cost whatever the number of tokens, after one check that refuses anything else (an upper-case letter
/// included). The cluster makes its tokens with a Pulumi <c>RandomPassword</c> of <see cref="TokenLength"/>
/// characters with lower-case letters and digits only: the same alphabet and length.
/// </summary>
public static class GatewayTokenGenerator
{
    /// <summary>
    /// The 36 characters a token is made of. nginx lower-cases A-Z only (<c>ngx_tolower</c>), so on these
    /// characters its case folding is the identity. They also travel unescaped in a header, a cookie and a
    /// query parameter, and need no quoting in nginx config or a regex.
    /// </summary>
    public const string TokenAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>
    /// Length of a token. Each character drawn uniformly from 36 carries log2(36) ≈ 5.170 bits, so 50 characters
    /// carry ≈ 258.5 bits, the least length that reaches 256 bits (49 give ≈ 253.3).
    /// </summary>
    public const int TokenLength = 50;

    /// <summary>
    /// The alphabet of tokens made before the format above: upper- and lower-case letters and digits. Such a
    /// token is still accepted, exactly, until its generation is retired (see <see cref="IsLegacyFormat"/>).
    /// </summary>
    public const string LegacyAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>Length of a token of the earlier format: 43 characters of <see cref="LegacyAlphabet"/>, ≈ 256.03 bits.</summary>
    public const int LegacyLength = 43;

    /// <summary>Bits of entropy of a generated token: <see cref="TokenLength"/> × log2(alphabet size).</summary>
    public static double EntropyBits => TokenLength * Math.Log2(TokenAlphabet.Length);

    /// <summary>
    /// A new token: <see cref="TokenLength"/> characters drawn uniformly (no modulo bias) from
    /// <see cref="TokenAlphabet"/> by the operating system's cryptographic random number generator.
    /// </summary>
    public static string Generate() => RandomNumberGenerator.GetString(TokenAlphabet, TokenLength);

    /// <summary>Whether <paramref name="value"/> has the current format: <see cref="TokenLength"/> characters of <see cref="TokenAlphabet"/>.</summary>
    public static bool IsCurrentFormat(string? value) =>
        value is { Length: TokenLength } && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c));

    /// <summary>
    /// Whether <paramref name="value"/> has the earlier format: <see cref="LegacyLength"/> characters of
    /// <see cref="LegacyAlphabet"/>. The two formats never overlap: their lengths differ.
    /// </summary>
    public static bool IsLegacyFormat(string? value) =>
        value is { Length: LegacyLength } && value.All(char.IsAsciiLetterOrDigit);

    /// <summary>Whether <paramref name="value"/> is a token the gateway can accept: the current format or the earlier one.</summary>
    public static bool IsWellFormed(string? value) => IsCurrentFormat(value) || IsLegacyFormat(value);
}
