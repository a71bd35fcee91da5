using System.Security.Cryptography;

namespace ServeInfra.Core.Gateway;

/// <summary>
/// The shape of a gateway token and how to make one. The cluster makes its token with a Pulumi
/// <c>RandomPassword</c> of <see cref="TokenLength"/> characters, upper, lower and numeric only (no special
/// characters), which is the same alphabet and length.
/// </summary>
public static class GatewayTokenGenerator
{
    /// <summary>
    /// The 62 characters a token is made of. Alphanumeric only: the token travels unescaped in a header,
    /// a cookie and a query parameter, and sits inside an nginx regex, where nothing here needs quoting.
    /// </summary>
    public const string TokenAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>
    /// Length of a generated token. Each character drawn uniformly from 62 carries log2(62) ≈ 5.954 bits,
    /// so 43 characters carry ≈ 256.03 bits, the least length that reaches 256 bits (42 gives ≈ 250.1).
    /// </summary>
    public const int TokenLength = 43;

    /// <summary>Shortest token the gateway accepts: the generated length, so no token is weaker than 256 bits.</summary>
    public const int MinimumLength = TokenLength;

    /// <summary>Longest token the gateway accepts; bounds the header and cookie sizes a client needs.</summary>
    public const int MaximumLength = 256;

    /// <summary>Bits of entropy of a generated token: <see cref="TokenLength"/> × log2(alphabet size).</summary>
    public static double EntropyBits => TokenLength * Math.Log2(TokenAlphabet.Length);

    /// <summary>
    /// A new token: <see cref="TokenLength"/> characters drawn uniformly (no modulo bias) from
    /// <see cref="TokenAlphabet"/> by the operating system's cryptographic random number generator.
    /// </summary>
    public static string Generate() => RandomNumberGenerator.GetString(TokenAlphabet, TokenLength);

    /// <summary>
    /// Whether <paramref name="value"/> is an acceptable token: <see cref="MinimumLength"/> to
    /// <see cref="MaximumLength"/> characters, all from <see cref="TokenAlphabet"/>.
    /// </summary>
    public static bool IsWellFormed(string? value) =>
        value is { Length: >= MinimumLength and <= MaximumLength } && value.All(char.IsAsciiLetterOrDigit);
}
