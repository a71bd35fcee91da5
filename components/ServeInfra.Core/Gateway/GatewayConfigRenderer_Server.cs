using System.Globalization;
using System.Text;

namespace ServeInfra.Core.Gateway;

public static partial class GatewayConfigRenderer
{
    private static void AppendServer(StringBuilder text, GatewaySettings s)
    {
        var cookie = GatewayContract.CookieName;
        text.Append(CultureInfo.InvariantCulture, $$"""
                # The only upstream: Ray Serve's HTTP port.
                upstream serveinfra_serve {
                    server {{s.UpstreamHost}}:{{s.UpstreamPort}};
                    keepalive {{s.UpstreamKeepaliveConnections}};
                    # Below Serve's own keep-alive timeout, so nginx never sends a request on a socket Serve is closing.
                    keepalive_timeout {{s.UpstreamKeepaliveTimeoutSeconds}}s;
                }

                server {
                    listen {{s.ListenAddress}}:{{s.ListenPort}} default_server;
                    server_name _;
                    # Every 401 the gateway sends itself. Serve's own 401s pass through untouched (proxy_intercept_errors is off).
                    error_page 401 @serveinfra_unauthorized;

                    location = {{s.HealthPath}} {
                        access_log off;
                        return 200 "ok\n";
                    }

                    location = {{s.DocsLoginPath}} {
                        # The token is in this URL's query, and nginx appends the request line to every error-log message
                        # of a request, at error level too (e.g. the 413 for an oversized body): log nothing from here.
                        error_log {{s.ErrorLogPath}} emerg;
                        if ($serveinfra_token_label = "") {
                            return 401;
                        }
                        if ($serveinfra_docs_target = "") {
                            return 404 "unknown app\n";
                        }
                        # No 'always': nginx adds it to the 302 below only, never to the 401 or 404 above.
                        add_header Set-Cookie "{{cookie}}=$serveinfra_presented_token; Path=/; HttpOnly; Secure; SameSite=Lax";
                        add_header Cache-Control "no-store" always;
                        add_header Referrer-Policy "no-referrer" always;
                        return 302 $serveinfra_docs_target;
                    }

                    location / {
                        if ($serveinfra_token_label = "") {
                            return 401;
                        }
                        proxy_pass http://serveinfra_serve;
                        proxy_http_version 1.1;
                        proxy_set_header Host $serveinfra_upstream_host;
                        # The token stops here: Serve never sees the Authorization header.
                        proxy_set_header Authorization "";
                        proxy_set_header Connection $serveinfra_upstream_connection;
                        proxy_set_header Upgrade $http_upgrade;
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        proxy_set_header X-Forwarded-Proto $serveinfra_forwarded_proto;
                        proxy_connect_timeout {{s.ProxyConnectTimeoutSeconds}}s;
                        proxy_read_timeout {{s.ProxyReadTimeoutSeconds}}s;
                        proxy_send_timeout {{s.ProxySendTimeoutSeconds}}s;
                        # Stream both ways: generated tokens reach the client as Serve sends them; big bodies never touch disk.
                        proxy_buffering off;
                        proxy_request_buffering off;
                    }

                    location @serveinfra_unauthorized {
                        add_header WWW-Authenticate "Bearer" always;
                        add_header Cache-Control "no-store" always;
                        return 401 "unauthorized\n";
                    }
                }

            """);
    }
}
