using System.Globalization;
using System.Text;

namespace ServeInfra.Core.Gateway;

public static partial class GatewayConfigRenderer
{
    /// <summary>
    /// What may stand before a cookie name for some parser to read it as one: a ';', a ',' (Python's
    /// <c>http.cookies</c> splits on it), whitespace, a control character, or any byte of a non-ASCII character:
    /// a parser that decodes the header as UTF-8 strips Unicode spaces (U+00A0, U+2000-U+200A, U+3000, ...) from
    /// names, as Werkzeug's <c>parse_cookie</c> (pallets/werkzeug src/werkzeug/http.py) and Django do.
    /// </summary>
    private const string CookieLooseBoundary = @"[;,\s\x01-\x1f\x7f-\xff]";

    /// <summary>
    /// What may stand between a cookie name and its '=' for some parser: whitespace, control characters or
    /// non-ASCII bytes (see <see cref="CookieLooseBoundary"/>). nginx's regexes match bytes (no UTF mode).
    /// </summary>
    private const string CookieLooseSpace = @"[\s\x01-\x1f\x7f-\xff]*";

    /// <summary>
    /// What <c>$serveinfra_upstream_cookie</c> is when the Cookie header cannot be forwarded without a token. It names
    /// the token cookie, which no removal leaves behind, so it is no cookie string the map could otherwise give; it
    /// carries no token, and location / refuses the request (400) before any proxying.
    /// </summary>
    private const string CookieRefused = GatewayContract.CookieName + "=";

    /// <summary>The token cookie's name where some cookie parser would read it (see <see cref="CookieLooseBoundary"/>).</summary>
    private static string CookieNamedLoosely { get; } =
        $"(?:^|{CookieLooseBoundary}){GatewayContract.CookieName}{CookieLooseSpace}=";

    private static void AppendUpstreamMaps(StringBuilder text, GatewaySettings s)
    {
        var cookie = GatewayContract.CookieName;
        text.Append(CultureInfo.InvariantCulture, $$"""
                # What Serve receives as Cookie: the client's cookies, unchanged and in order, without the {{cookie}}
                # pair and one separator next to it; the token stops here. A name padded with what Starlette's cookie
                # parser trims (" {{cookie}} =") goes too. $http_cookie joins several Cookie headers with "; " (nginx
                # 1.22 and 1.23+ alike), and an empty value sends no Cookie header at all. The "" keys here and below: a request
                # without cookies is answered by the hash, and no regex runs.
                # A Cookie that names {{cookie}} where some cookie parser would read it (after a ';', a ',' as Python's
                # http.cookies splits, whitespace, a control character or a non-ASCII byte, as parsers that decode UTF-8
                # strip Unicode spaces; with or without such padding before '=') twice, or once but not as a pair this
                # map can remove, would carry a token to Serve: it maps to "{{CookieRefused}}", which no removal leaves
                # behind (what one leaves never names {{cookie}}), and location / answers 400 instead of proxying.
                # Regex keys are tried in order: the refusal before the removals, the lone loose name after them.
                map $http_cookie $serveinfra_upstream_cookie {
                    "" "";
                    "~{{CookieNamedLoosely}}.*{{CookieLooseBoundary}}{{cookie}}{{CookieLooseSpace}}=" "{{CookieRefused}}";
                    "~^{{CookieSpace}}{{cookie}}{{CookieSpace}}=[^;]*$" "";
                    "~^{{CookieSpace}}{{cookie}}{{CookieSpace}}=[^;]*;\s*(?<serveinfra_cookies_after>.*)$" $serveinfra_cookies_after;
                    "~^(?<serveinfra_cookies_before>.*?);{{CookieSpace}}{{cookie}}{{CookieSpace}}=[^;]*(?<serveinfra_cookies_rest>(?:;.*)?)$" "$serveinfra_cookies_before$serveinfra_cookies_rest";
                    "~{{CookieNamedLoosely}}" "{{CookieRefused}}";
                    default $http_cookie;
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

                # The only upstream: Ray Serve's HTTP port.
                upstream serveinfra_serve {
                    server {{s.UpstreamHost}}:{{s.UpstreamPort}};
                    keepalive {{s.UpstreamKeepaliveConnections}};
                    # Below Serve's own keep-alive timeout, so nginx never sends a request on a socket Serve is closing.
                    keepalive_timeout {{s.UpstreamKeepaliveTimeoutSeconds}}s;
                }


            """);
    }

    /// <summary>The proxy directives of the location that forwards to Serve.</summary>
    private static void AppendProxy(StringBuilder text, GatewaySettings s) =>
        text.Append(CultureInfo.InvariantCulture, $$"""
                        proxy_pass http://serveinfra_serve;
                        proxy_http_version 1.1;
                        proxy_set_header Host $serveinfra_upstream_host;
                        # The token stops here: Serve never sees the Authorization header or the {{GatewayContract.CookieName}} cookie.
                        proxy_set_header Authorization "";
                        proxy_set_header Cookie $serveinfra_upstream_cookie;
                        proxy_set_header Connection $serveinfra_upstream_connection;
                        proxy_set_header Upgrade $http_upgrade;
                        # The client's X-Forwarded-For, if any, then its address (nginx joins repeated headers with ", ").
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        # Fixed, never taken from the request (GatewaySettings.ForwardedProto).
                        proxy_set_header X-Forwarded-Proto {{s.ForwardedProto}};
                        proxy_connect_timeout {{s.ProxyConnectTimeoutSeconds}}s;
                        proxy_read_timeout {{s.ProxyReadTimeoutSeconds}}s;
                        proxy_send_timeout {{s.ProxySendTimeoutSeconds}}s;
                        # Stream both ways: generated tokens reach the client as Serve sends them; big bodies never touch disk.
                        proxy_buffering off;
                        proxy_request_buffering off;

            """);
}
