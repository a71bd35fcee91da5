using System.Globalization;
using System.Text;

namespace ServeInfra.Core.Gateway;

public static partial class GatewayConfigRenderer
{
    private static void AppendResponseMaps(StringBuilder text, GatewaySettings s)
    {
        var cookie = GatewayContract.CookieName;
        text.Append(CultureInfo.InvariantCulture, $$"""
                # What a 401 says (evaluated for 401s only). RFC 6750 section 3: a Bearer challenge always, and
                # error="invalid_token" only when a credential was presented and refused: a Bearer Authorization
                # header, else the {{cookie}} cookie; on the docs-login path its token parameter. Another scheme
                # (Basic) is no Bearer credential, so no error code. Nothing of the request is reflected.
                map $http_authorization $serveinfra_bearer_presented {
                    ""                 $serveinfra_cookie_presented;
                    "~*^bearer(?:\s|$)" 1;
                    default            "";
                }
                map $http_cookie $serveinfra_cookie_presented {
                    "" "";
                    "~(?:^|;){{CookieSpace}}{{cookie}}{{CookieSpace}}=" 1;
                    default "";
                }
                map $uri $serveinfra_credential_presented {
                    "~{{GatewaySyntax.ExactPattern(s.DocsLoginPath)}}" $serveinfra_query_presented;
                    default $serveinfra_bearer_presented;
                }
                map $arg_{{GatewayContract.TokenQueryParameter}} $serveinfra_query_presented {
                    ""      "";
                    default 1;
                }
                map $serveinfra_credential_presented $serveinfra_challenge {
                    ""      'Bearer realm="{{GatewayContract.Realm}}"';
                    default 'Bearer realm="{{GatewayContract.Realm}}", error="invalid_token"';
                }
                map $serveinfra_credential_presented $serveinfra_unauthorized_reason {
                    ""      "{{GatewayUnauthorizedPage.NoTokenReason}}";
                    default "{{GatewayUnauthorizedPage.InvalidTokenReason}}";
                }
                # A browser (Accept: text/html) gets a page that says what to do; an API client a short plain body.
                map $http_accept $serveinfra_unauthorized_location {
                    "~*text/html" @serveinfra_unauthorized_html;
                    default       @serveinfra_unauthorized;
                }


            """);
    }

    /// <summary>The named locations that answer the gateway's own 401 and 429.</summary>
    private static void AppendResponseLocations(StringBuilder text) =>
        text.Append(CultureInfo.InvariantCulture, $$"""
                    location @serveinfra_unauthorized {
                        add_header WWW-Authenticate $serveinfra_challenge always;
                        add_header Cache-Control "no-store" always;
                        add_header Vary "Accept" always;
                        return 401 "unauthorized\n";
                    }

                    location @serveinfra_unauthorized_html {
                        default_type "text/html; charset=utf-8";
                        add_header WWW-Authenticate $serveinfra_challenge always;
                        add_header Cache-Control "no-store" always;
                        add_header Vary "Accept" always;
                        # The page loads nothing and may not be framed.
                        add_header Content-Security-Policy "default-src 'none'; frame-ancestors 'none'" always;
                        add_header X-Content-Type-Options "nosniff" always;
                        return 401 "{{GatewayUnauthorizedPage.Html("$serveinfra_unauthorized_reason")}}";
                    }

                    # A token over its rate limit (limit_req). Serve's own 429s pass through untouched. One second is
                    # always enough for the next request: every limit admits at least one request per second.
                    location @serveinfra_rate_limited {
                        add_header Retry-After 1 always;
                        add_header Cache-Control "no-store" always;
                        return 429 "too many requests\n";
                    }

            """);
}
