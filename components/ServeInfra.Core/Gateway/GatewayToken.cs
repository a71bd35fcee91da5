namespace ServeInfra.Core.Gateway;

/// <summary>
/// One token the gateway accepts. Several are valid at once (rotation, several teams); each request's
/// access-log line names the <see cref="Label"/> of the token that authorised it, never its value.
/// </summary>
public sealed record GatewayToken
{
    /// <summary>
    /// Stable identity of the token (for example a team or "ci"); unique within the set. Allowed: 1-64
    /// characters of A-Z, a-z, 0-9, '.', '_', '-'.
    /// </summary>
    public required string Name { get; init; }

    /// <summary>
    /// What the access log prints for requests this token authorised, for example <c>ci#3</c> (token "ci",
    /// generation 3); unique within the set. Allowed: 1-64 characters of A-Z, a-z, 0-9, '.', '_', '-', '#', ':'.
    /// </summary>
    public required string Label { get; init; }

    /// <summary>
    /// The secret itself: <see cref="GatewayTokenGenerator.MinimumLength"/> to
    /// <see cref="GatewayTokenGenerator.MaximumLength"/> characters of
    /// <see cref="GatewayTokenGenerator.TokenAlphabet"/>. Matched exactly and case-sensitively.
    /// </summary>
    public required string Value { get; init; }

    /// <summary>Describes the token without its value, so a token never reaches a log or a test report.</summary>
    public override string ToString() => $"GatewayToken {{ Name = {Name}, Label = {Label}, Value = (secret) }}";
}
