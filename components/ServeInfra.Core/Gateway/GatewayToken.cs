namespace ServeInfra.Core.Gateway;

/// <summary>
/// One token value the gateway accepts. Several are valid at once (several named tokens, and two generations of
/// one name during a rotation); each request's access-log line names the <see cref="Label"/> of the value that
/// authorised it, never the value.
/// </summary>
public sealed record GatewayToken
{
    /// <summary>
    /// The named token this value belongs to (for example a team or "ci"). The generations of one name share it,
    /// and with it the name's rate limit (<see cref="GatewaySettings.RateLimits"/>). Allowed: 1-64 characters of
    /// a-z, 0-9, '.', '_', '-' (lower case: nginx compares names case-insensitively).
    /// </summary>
    public required string Name { get; init; }

    /// <summary>
    /// What the access log prints for requests this token authorised, for example <c>ci#3</c> (token "ci",
    /// generation 3); unique within the set. Allowed: 1-64 characters of A-Z, a-z, 0-9, '.', '_', '-', '#', ':'.
    /// </summary>
    public required string Label { get; init; }

    /// <summary>
    /// The secret itself, in the current format (<see cref="GatewayTokenGenerator.IsCurrentFormat"/>) or, until it
    /// is retired, the earlier one (<see cref="GatewayTokenGenerator.IsLegacyFormat"/>). Matched exactly and
    /// case-sensitively.
    /// </summary>
    public required string Value { get; init; }

    /// <summary>Describes the token without its value, so a token never reaches a log or a test report.</summary>
    public override string ToString() => $"GatewayToken {{ Name = {Name}, Label = {Label}, Value = (secret) }}";
}
