using System.Globalization;
using System.Text;

namespace ServeInfra.Core.Gateway;

public static partial class GatewayConfigRenderer
{
    private static void AppendUpstreamMaps(StringBuilder text, GatewaySettings s)
    {
        var cookie = GatewayContract.CookieName;
        text.Append(CultureInfo.InvariantCulture, $$"""
                # What Serve receives as Cookie: the client's cookies, unchanged and in order, without the {{cookie}}
                # pair and one separator next to it; the token stops here. A name padded with what Starlette's cookie
                # parser trims (" {{cookie}} =") goes too. $http_cookie joins several Cookie headers with "; " (nginx
                # 1.22 and 1.23+ alike), and an empty value sends no Cookie header at all. The "" keys here and below: a request
                # without cookies is answered by the hash, and no regex runs.
                map $http_cookie $serveinfra_upstream_cookie {
                    "" "";
                    "~^{{CookieSpace}}{{cookie}}{{CookieSpace}}=[^;]*$" "";
                    "~^{{CookieSpace}}{{cookie}}{{CookieSpace}}=[^;]*;\s*(?<serveinfra_cookies_after>.*)$" $serveinfra_cookies_after;
                    "~^(?<serveinfra_cookies_before>.*?);{{CookieSpace}}{{cookie}}{{CookieSpace}}=[^;]*(?<serveinfra_cookies_rest>(?:;.*)?)$" "$serveinfra_cookies_before$serveinfra_cookies_rest";
                    default $http_cookie;
                }
                # The map above removes one pair. What it leaves must not name {{cookie}} however a cookie parser splits
                # (some split on ',' too, as Python's http.cookies does): after a ';', a ',', whitespace or a control
                # character, with or without padding before '='. A second pair, or one joined by ',' ("a=1, {{cookie}}=...")
                # would carry a token to Serve: such a request is never proxied (400). It carries no cookie credential either.
                map $serveinfra_upstream_cookie $serveinfra_cookie_refused {
                    "" "";
                    "~(?:^|[;,\s\x01-\x1f\x7f\x85\xa0]){{cookie}}[\s\x01-\x1f\x7f\x85\xa0]*=" 1;
                    default "";
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
