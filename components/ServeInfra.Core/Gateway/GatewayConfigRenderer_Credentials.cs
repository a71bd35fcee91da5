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
        var label = GatewaySyntax.TokenLabelClass + "+";
        text.Append(CultureInfo.InvariantCulture, $$"""
                # The token a request presents, in a token's shape (GatewayTokenGenerator: {{GatewayTokenGenerator.TokenLength}} characters of a-z 0-9, or,
                # until retired, {{GatewayTokenGenerator.LegacyLength}} of A-Z a-z 0-9), or "". The Authorization header whenever one is sent, and only
                # without one the cookie. A header in a token's shape is taken by the server block's bearer check (an if that
                # runs before anything reads this variable); this map gives the rest: no header, the cookie; any other, nothing.
                # On the docs-login path the credential is the query parameter instead: that location sets this variable.
                map $http_authorization {{GatewayVariables.PresentedToken}} {
                    ""      $serveinfra_cookie_token;
                    default "";
                }
                # Not $cookie_{{cookie}}: nginx matches cookie names case-insensitively, also splits on ','
                # and takes the first of several. Here the name is exact, only spaces and tabs may surround the pair
                # (RFC 6265), and a cookie string that names it twice (even as "{{cookie}} =", which some parsers read
                # as the same cookie) is no credential. The "" key: without cookies the hash answers and no regex runs.
                map $http_cookie $serveinfra_cookie_token {
                    "" "";
                    "~{{CookieNamedTwice}}" "";
                    "~(?:^|;)[ \t]*{{cookie}}=(?<serveinfra_cookie>{{token}})[ \t]*(?:;|$)" $serveinfra_cookie;
                    default "";
                }
                map $arg_{{GatewayContract.TokenQueryParameter}} $serveinfra_query_token {
                    "~^(?:{{token}})$" $arg_{{GatewayContract.TokenQueryParameter}};
                    default "";
                }
                # The lookups: map blocks keyed by {{GatewayVariables.PresentedToken}}, from the secret tokens file
                # (GatewayTokensRenderer). A current-format token's label comes straight from the hash: nginx folds A-Z to
                # a-z on both sides (ngx_hash_strlow), which changes nothing on a-z 0-9, so a hit is exact. An
                # earlier-format token's entry repeats the token for the exact comparison below.
                include {{s.TokensFilePath}};
                # Evaluated only when no current-format token matched. The regex compares the presented token with the
                # entry's copy byte for byte (the backreference): a case variant, which the folding lookup finds, is refused.
                map {{GatewayVariables.LegacyTokenEntry}} {{GatewayVariables.LegacyTokenLabel}} {
                    "" "";
                    default $serveinfra_legacy_token_match;
                }
                map "{{GatewayVariables.PresentedToken}} {{GatewayVariables.LegacyTokenEntry}}" $serveinfra_legacy_token_match {
                    "~^(?<serveinfra_legacy_token>[A-Za-z0-9]{{{GatewayTokenGenerator.LegacyLength}}}) (?<serveinfra_legacy_label>{{label}}) \k<serveinfra_legacy_token>$" $serveinfra_legacy_label;
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
