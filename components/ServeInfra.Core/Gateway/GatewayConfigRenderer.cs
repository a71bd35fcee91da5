using System.Globalization;
using System.Text;

namespace ServeInfra.Core.Gateway;

/// <summary>
/// Renders the token gateway's complete nginx.conf (main context: workers, pid, events, http). The file
/// holds no secret: the tokens come from <see cref="GatewaySettings.TokensFilePath"/>, which it includes.
/// It uses no file of any distribution (no mime.types, no /var paths), so Debian's nginx 1.22 and the
/// official images (1.2x, 1.3x) run it alike. Start nginx with <see cref="GatewayContract.NginxArguments"/>.
/// </summary>
public static partial class GatewayConfigRenderer
{
    /// <summary>The nginx.conf for <paramref name="settings"/>.</summary>
    /// <exception cref="ArgumentException">The settings are invalid; the message lists every problem.</exception>
    public static string Render(GatewaySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = settings.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(Environment.NewLine, errors), nameof(settings));
        }

        var s = settings;
        var run = s.RuntimeDirectory;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $$"""
            # ServeInfra token gateway in front of Ray Serve (public access mode).
            # Rendered by ServeInfra.Core.Gateway.GatewayConfigRenderer: edit the settings, not this file.
            # Holds no secret: the valid tokens come from {{s.TokensFilePath}}.
            # Run: nginx -c <this file> -g 'daemon off;'. No 'user' line: in the cluster nginx runs as UID 101.
            worker_processes {{s.WorkerProcesses}};
            pid {{run}}/nginx.pid;
            pcre_jit on;
            # warn, not info: at info nginx logs rejected request lines and duplicate headers, tokens included.
            error_log {{s.ErrorLogPath}} warn;

            events {
                worker_connections {{s.WorkerConnections}};
            }

            http {
                server_tokens off;
                default_type text/plain;
                # Redirects carry a path only: behind the load balancer nginx cannot know the public scheme and host.
                absolute_redirect off;
                keepalive_timeout {{s.ClientKeepaliveTimeoutSeconds}}s;
                client_max_body_size {{s.ClientMaxBodySizeMegabytes}}m;
                # Room for a browser's cookies next to a bearer token; a larger header line gets 400 and never reaches Serve.
                large_client_header_buffers 4 16k;

                # The root filesystem is read-only in the cluster: everything nginx writes goes under the runtime directory.
                client_body_temp_path {{run}}/client_temp;
                proxy_temp_path {{run}}/proxy_temp;
                fastcgi_temp_path {{run}}/fastcgi_temp;
                uwsgi_temp_path {{run}}/uwsgi_temp;
                scgi_temp_path {{run}}/scgi_temp;

                # Audit log: which named token authorised each request. No $request, $request_uri, $args, cookies,
                # Authorization or Referer in it: each of them can carry a token.
                log_format serveinfra_audit escape=json '{"time":"$time_iso8601","method":"$request_method","path":"$uri","status":$status,"token":"$serveinfra_token_label","request_time":$request_time,"upstream_time":"$upstream_response_time","bytes_sent":$bytes_sent,"client":"$remote_addr"}';
                access_log {{s.AccessLogPath}} serveinfra_audit;


            """);
        AppendCredentialMaps(text, s);
        AppendServer(text, s);
        text.Append("}\n");
        return text.ToString();
    }

    private static void AppendCredentialMaps(StringBuilder text, GatewaySettings s)
    {
        text.Append(CultureInfo.InvariantCulture, $$"""
                # The credential a request presents. On the docs-login path: its query parameter. Elsewhere: the
                # Authorization header whenever one is sent (scheme case-insensitive as RFC 7235 says, then one or
                # more spaces), and only without one the cookie. nginx rejects a second Authorization header (400).
                map $http_authorization $serveinfra_credential {
                    ""                                                   $serveinfra_cookie_token;
                    "~^(?i:bearer) +(?<serveinfra_bearer>[A-Za-z0-9]+)$" $serveinfra_bearer;
                    default                                              "";
                }
                # Not $cookie_{{GatewayContract.CookieName}}: nginx matches cookie names case-insensitively, also splits on ','
                # and takes the first of several. Here the name is exact and a repeated cookie is no credential.
                map $http_cookie $serveinfra_cookie_token {
                    "~(?:^|;)\s*{{GatewayContract.CookieName}}=.*;\s*{{GatewayContract.CookieName}}=" "";
                    "~(?:^|;)\s*{{GatewayContract.CookieName}}=(?<serveinfra_cookie>[A-Za-z0-9]+)\s*(?:;|$)" $serveinfra_cookie;
                    default "";
                }
                # A regex, not a string key (those compare case-insensitively): exactly the paths the login
                # location matches take a query token, so no proxied path ever does.
                map $uri $serveinfra_presented_token {
                    "~{{GatewaySyntax.ExactPattern(s.DocsLoginPath)}}" $arg_{{GatewayContract.TokenQueryParameter}};
                    default $serveinfra_credential;
                }
                # Exact, case-sensitive match against the valid tokens, giving the token's label; "" = not authorised.
                map $serveinfra_presented_token $serveinfra_token_label {
                    default "";
                    include {{s.TokensFilePath}};
                }
                # Docs-login redirect targets come from the configured routes only, never from the request.
                map $arg_{{GatewayContract.AppQueryParameter}} $serveinfra_docs_target {
                    default "";

            """);
        foreach (var route in s.Routes)
        {
            text.Append(CultureInfo.InvariantCulture, $"        \"~{GatewaySyntax.ExactPattern(route.AppName)}\" \"{route.DocsPath}\";\n");
        }

        text.Append("""
                }
                # Pass the Host the client sent (Serve builds its redirects from it); HTTP/1.0 may send none.
                map $http_host $serveinfra_upstream_host {
                    default $http_host;
                    ""      $host;
                }
                # WebSocket upgrades pass through; every other request keeps its upstream connection alive.
                map $http_upgrade $serveinfra_upstream_connection {
                    default upgrade;
                    ""      "";
                }
                # The load balancer terminates TLS and says so in X-Forwarded-Proto; local runs have none.
                map $http_x_forwarded_proto $serveinfra_forwarded_proto {
                    default $http_x_forwarded_proto;
                    ""      $scheme;
                }


            """);
    }
}
