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
                    # The bearer token: "Bearer" in any case (RFC 7235), one or more spaces, then a token's shape and nothing
                    # else; that one check comes before the lookup, at the same cost whatever the number of tokens. nginx
                    # rejects a second Authorization header (400). An if at server level, not a regex key of the map above:
                    # a map lowercases and hashes a copy of its whole input before it tries a regex (ngx_http_map_find,
                    # src/http/ngx_http_variables.c, 1.22.1 and 1.29.3), work this skips on every authorised request.
                    if ($http_authorization ~ "^(?i:bearer) +({{GatewaySyntax.TokenPattern}})$") {
                        set {{GatewayVariables.PresentedToken}} $1;
                    }
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
                        access_log {{s.AccessLogPath}} serveinfra_audit;
                        # The credential here is the query parameter, never a header or cookie. A map's variable can be set
                        # (ngx_http_map_module.c adds it NGX_HTTP_VAR_CHANGEABLE), and the value set is the request's cached
                        # value (ngx_http_script_set_var_code, ngx_http_get_flushed_variable; nginx 1.22.1 and 1.29.3 alike),
                        # so the token lookups below see it and the Authorization/cookie map never runs on this path.
                        set {{GatewayVariables.PresentedToken}} $serveinfra_query_token;
                        if ({{GatewayVariables.TokenLabel}} = "") {
                            return 401;
                        }
                        if ($serveinfra_docs_target = "") {
                            return 404 "unknown app\n";
                        }
                        # No 'always': nginx adds it to the 302 below only, never to the 401 or 404 above.
                        add_header Set-Cookie "{{cookie}}={{GatewayVariables.PresentedToken}}; Path=/; HttpOnly; Secure; SameSite=Lax";
                        add_header Cache-Control "no-store" always;
                        add_header Referrer-Policy "no-referrer" always;
                        return 302 $serveinfra_docs_target;
                    }

                    location / {
                        access_log {{s.AccessLogPath}} serveinfra_audit;
                        if ({{GatewayVariables.TokenLabel}} = "") {
                            return 401;
                        }
                        if ($serveinfra_upstream_cookie = "{{CookieRefused}}") {
                            # The gateway's own refusal: its path is logged as a 401's is (a token-shaped path withheld).
                            access_log {{s.AccessLogPath}} serveinfra_refused;
                            return 400 "{{cookie}} may appear in Cookie once, as a pair separated by ';'\n";
                        }

            """);
        AppendRateLimits(text, s);
        AppendProxy(text, s);
        text.Append("        }\n\n");
        AppendResponseLocations(text);
        text.Append("    }\n");
    }
}
