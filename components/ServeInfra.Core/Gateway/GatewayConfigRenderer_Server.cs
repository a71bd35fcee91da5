using System.Globalization;
using System.Text;

namespace ServeInfra.Core.Gateway;

public static partial class GatewayConfigRenderer
{
    private static void AppendServer(StringBuilder text, GatewaySettings s)
    {
        var cookie = GatewayContract.CookieName;
        text.Append(CultureInfo.InvariantCulture, $$"""
                server {
                    listen {{s.ListenAddress}}:{{s.ListenPort}} default_server;
                    server_name _;
                    # Every 401 and 429 the gateway sends itself. Serve's own pass through untouched (proxy_intercept_errors is off).
                    error_page 401 $serveinfra_unauthorized_location;
                    error_page 429 @serveinfra_rate_limited;

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
                        if ($serveinfra_cookie_repeated) {
                            return 400 "{{cookie}} cookie sent more than once\n";
                        }

            """);
        AppendRateLimits(text, s);
        AppendProxy(text, s);
        text.Append("        }\n\n");
        AppendResponseLocations(text);
        text.Append("    }\n");
    }
}
