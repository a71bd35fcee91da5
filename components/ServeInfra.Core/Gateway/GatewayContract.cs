namespace ServeInfra.Core.Gateway;

/// <summary>
/// The names a client and the cluster rely on, shared by the renderers, the Pulumi layer, the local tool
/// and the tests so they cannot drift apart.
/// </summary>
public static class GatewayContract
{
    /// <summary>The cookie the docs-login link sets and the gateway accepts instead of an Authorization header.</summary>
    public const string CookieName = "SERVE_TOKEN";

    /// <summary>Query parameter of the docs-login link that selects the app (<see cref="GatewayRoute.AppName"/>).</summary>
    public const string AppQueryParameter = "app";

    /// <summary>Query parameter of the docs-login link that carries the token.</summary>
    public const string TokenQueryParameter = "token";

    /// <summary>
    /// The realm of the gateway's <c>WWW-Authenticate: Bearer</c> challenge (RFC 6750, section 3), the same on every
    /// 401 the gateway sends. A constant: nothing of the request is reflected into a response.
    /// </summary>
    public const string Realm = "serveinfra";

    /// <summary>
    /// Arguments to run nginx with the rendered config in the foreground (the container's command is
    /// <c>nginx</c> followed by these). <c>daemon off</c> is given here, not in the file, because the official
    /// images' own command line already passes it and nginx rejects a duplicate.
    /// </summary>
    /// <param name="configPath">Absolute path of the rendered nginx.conf, e.g. <c>/etc/serveinfra/gateway/nginx.conf</c>.</param>
    public static IReadOnlyList<string> NginxArguments(string configPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configPath);
        return ["-c", configPath, "-g", "daemon off;"];
    }

    /// <summary>
    /// Path and query of the docs-login link for one app, e.g. <c>/_gateway/docs?app=llm&amp;token=...</c>;
    /// prefix it with the public base URL. The result contains <paramref name="token"/>: treat it as a secret.
    /// </summary>
    /// <param name="settings">The gateway settings (for the login path and the routes).</param>
    /// <param name="appName">An app of <see cref="GatewaySettings.Routes"/>.</param>
    /// <param name="token">The token, placed verbatim (tokens are alphanumeric); or a placeholder for display.</param>
    /// <exception cref="ArgumentException">The app has no route.</exception>
    public static string DocsLoginPathAndQuery(GatewaySettings settings, string appName, string token)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(token);
        if (!settings.Routes.Any(route => route.AppName == appName))
        {
            throw new ArgumentException(
                $"App '{appName}' has no route; use one of: {string.Join(", ", settings.Routes.Select(route => route.AppName))}.",
                nameof(appName));
        }

        return $"{settings.DocsLoginPath}?{AppQueryParameter}={appName}&{TokenQueryParameter}={token}";
    }
}
