namespace ServeInfra.PulumiCli;

/// <summary>A secret leaf of a config value (<c>CiphertextSecret</c> in the CLI), held here as its plaintext.</summary>
/// <param name="Plaintext">The decrypted value the program receives.</param>
public sealed record SecretText(string Plaintext)
{
    /// <summary>Never shows the plaintext.</summary>
    public override string ToString() => "[secret]";
}
