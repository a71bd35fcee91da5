namespace ServeInfra.Core.Gateway;

/// <summary>
/// A Serve application as the token gateway sees it: the name a docs-login link selects it by, and the
/// route prefix its API docs live under. The gateway proxies every authorised path to Serve regardless
/// of routes; routes only decide where a docs-login link may redirect.
/// </summary>
public sealed record GatewayRoute
{
    /// <summary>
    /// The Serve application name (as in <c>serveConfigV2</c>), matched exactly and case-sensitively against
    /// the docs-login link's <c>app</c> query parameter. Allowed: 1-64 characters of A-Z, a-z, 0-9, '.', '_',
    /// '-', starting with a letter or digit.
    /// </summary>
    public required string AppName { get; init; }

    /// <summary>
    /// The application's Serve route prefix: <c>/</c> or <c>/segment[/segment...]</c> with segments of
    /// A-Z, a-z, 0-9, '.', '_', '~', '-' (no trailing slash, no <c>.</c> or <c>..</c> segments).
    /// </summary>
    public required string RoutePrefix { get; init; }

    /// <summary>Where the docs-login link redirects to: <c>{RoutePrefix}/docs</c>, and <c>/docs</c> for route <c>/</c>.</summary>
    public string DocsPath => RoutePrefix == "/" ? "/docs" : RoutePrefix + "/docs";
}
