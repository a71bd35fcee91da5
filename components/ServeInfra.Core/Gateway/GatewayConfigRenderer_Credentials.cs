using System.Globalization;
using System.Text;

namespace ServeInfra.Core.Gateway;

public static partial class GatewayConfigRenderer
{
    /// <summary>
    /// What a cookie parser may trim around a name: the characters Python's <c>str.strip()</c> removes from a
    /// header decoded as Latin-1, as Starlette's <c>cookie_parser</c> (encode/starlette starlette/requests.py), which
    /// Serve apps use, does. Only for recognising the cookie to remove or refuse; a credential is read strictly.
    /// </summary>
    private const string CookieSpace = @"[\s\x1c-\x1f\x85\xa0]*";

    /// <summary>
    /// A cookie string that names the token cookie twice, also as "NAME =" (which such parsers read as the same
    /// name): neither a credential (which one would it be?) nor something the gateway can forward without a token.
    /// </summary>
    private static string CookieNamedTwice { get; } =
        $"(?:^|;){CookieSpace}{GatewayContract.CookieName}{CookieSpace}=.*;{CookieSpace}{GatewayContract.CookieName}{CookieSpace}=";

    private static void AppendCredentialMaps(StringBuilder text, GatewaySettings s)
    {
        var cookie = GatewayContract.CookieName;
        var token = GatewaySyntax.TokenPattern;
        var name = GatewaySyntax.TokenNameClass + "+";
        var label = GatewaySyntax.TokenLabelClass + "+";
        text.Append(CultureInfo.InvariantCulture, $$"""
                # The credential a request presents. A token has one of two shapes (GatewayTokenGenerator): {{GatewayTokenGenerator.TokenLength}} characters
                # of a-z 0-9, or, until retired, {{GatewayTokenGenerator.LegacyLength}} of A-Z a-z 0-9. The regexes below take a credential only in one of
                # them: the one check before the lookup, at the same cost whatever the number of tokens.
                # On the docs-login path the credential is its query parameter. Elsewhere: the Authorization header
                # whenever one is sent (scheme case-insensitive as RFC 7235 says, then one or more spaces), and only
                # without one the cookie. nginx rejects a second Authorization header (400).
                map $http_authorization $serveinfra_credential {
                    ""                                                    $serveinfra_cookie_token;
                    "~^(?i:bearer) +(?<serveinfra_bearer>{{token}})$" $serveinfra_bearer;
                    default                                               "";
                }
                # Not $cookie_{{cookie}}: nginx matches cookie names case-insensitively, also splits on ','
                # and takes the first of several. Here the name is exact, only spaces and tabs may surround the pair
                # (RFC 6265), and a cookie string that names it twice (even as "{{cookie}} =", which some parsers read
                # as the same cookie) is no credential.
                map $http_cookie $serveinfra_cookie_token {
                    "~{{CookieNamedTwice}}" "";
                    "~(?:^|;)[ \t]*{{cookie}}=(?<serveinfra_cookie>{{token}})[ \t]*(?:;|$)" $serveinfra_cookie;
                    default "";
                }
                # A regex, not a string key (those compare case-insensitively): exactly the paths the login
                # location matches take a query token, so no proxied path ever does.
                map $uri $serveinfra_presented_token {
                    "~{{GatewaySyntax.ExactPattern(s.DocsLoginPath)}}" $serveinfra_query_token;
                    default $serveinfra_credential;
                }
                map $arg_{{GatewayContract.TokenQueryParameter}} $serveinfra_query_token {
                    "~^(?:{{token}})$" $arg_{{GatewayContract.TokenQueryParameter}};
                    default "";
                }
                # The lookup: a hash, a few comparisons whatever the number of tokens. nginx folds A-Z to a-z on both
                # sides (ngx_hash_strlow), so a lookup alone ignores case; the map below makes the match exact.
                # Entry: "name label", or "name label token" for an earlier-format token.
                map $serveinfra_presented_token $serveinfra_token_entry {
                    default "";
                    include {{s.TokensFilePath}};
                }
                # The exact match, giving the token's label ("" = not authorised), one regex whatever the number of
                # tokens. A current-format token reached the lookup only if made of a-z 0-9, which nginx's folding
                # leaves as they are: a hit is exact. An earlier-format token's entry repeats the token, which must equal
                # the presented one byte for byte (the backreference). Sets $serveinfra_token_name for the rate limits.
                map "$serveinfra_presented_token $serveinfra_token_entry" $serveinfra_token_label {
                    "~^[a-z0-9]{{{GatewayTokenGenerator.TokenLength}}} (?<serveinfra_token_name>{{name}}) (?<serveinfra_label>{{label}})$" $serveinfra_label;
                    "~^(?<serveinfra_legacy>[A-Za-z0-9]{{{GatewayTokenGenerator.LegacyLength}}}) (?<serveinfra_token_name>{{name}}) (?<serveinfra_label>{{label}}) \k<serveinfra_legacy>$" $serveinfra_label;
                    default "";
                }
                # Docs-login redirect targets come from the configured routes only, never from the request.
                map $arg_{{GatewayContract.AppQueryParameter}} $serveinfra_docs_target {
                    default "";

            """);
        foreach (var route in s.Routes)
        {
            text.Append(CultureInfo.InvariantCulture, $"        \"~{GatewaySyntax.ExactPattern(route.AppName)}\" \"{route.DocsPath}\";\n");
        }

        text.Append("    }\n");
    }
}
