namespace ServeInfra.Core.Tokens;

/// <summary>
/// One named token of a public cluster. Raising <see cref="Generation"/> creates a new value; the previous
/// generation's value stays valid until it is retired by raising <see cref="RetiredThrough"/> to it.
/// Removing the entry revokes every value of that name.
/// </summary>
public sealed partial record TokenSettings
{
    /// <summary>The name of the token that every public cluster has, and that the stack outputs and docs links use.</summary>
    public const string DefaultName = "default";

    /// <summary>The token every public cluster starts with: <c>default</c>, generation 1.</summary>
    public static TokenSettings Default { get; } = new() { Name = DefaultName };

    /// <summary>The token's name: lower-case letters, digits and hyphens. It appears in the audit log, never the value.</summary>
    public required string Name { get; init; }

    /// <summary>The rotation generation, from 1. Raising it by one creates a new value for this name.</summary>
    public int Generation { get; init; } = 1;

    /// <summary>
    /// Every generation up to and including this one is revoked. Default 0 (none). During a rotation it is
    /// <c>Generation - 2</c> or less, so the previous value keeps working; raising it to <c>Generation - 1</c>
    /// retires the previous value. It never needs lowering again: the next rotation just raises the generation.
    /// </summary>
    public int RetiredThrough { get; init; }

    /// <summary>The token's rate limit, or null (the default): no limit beyond what Serve and the gateway can take.</summary>
    public TokenRateLimit? RateLimit { get; init; }
}
