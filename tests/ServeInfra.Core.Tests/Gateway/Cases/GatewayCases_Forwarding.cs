using static ServeInfra.Core.Tests.Gateway.Infrastructure.RawHttp;

namespace ServeInfra.Core.Tests.Gateway.Cases;

public static partial class GatewayCases
{
    /// <summary>A request authorised by the header, checking one header of what Serve received.</summary>
    private static (string Name, GatewayCase Case) Forwarded(string name, string header, string? expected, params string[] headerLines) =>
        (name, new GatewayCase
        {
            Request = Get("/llm/x", ["Authorization: Bearer {T1}", .. headerLines]),
            Status = 200,
            UpstreamSaw = "/llm/x",
            Label = "ci#3",
            UpstreamCheck = (seen, _) => Assert.Equal(expected is null ? [] : [expected], seen.Values(header)),
        });

    private const string Refused = "SERVE_TOKEN may appear in Cookie once, as a pair separated by ';'\n";

    /// <summary>A request authorised by the header whose Cookie would still name SERVE_TOKEN once the pair is removed: 400, Serve not contacted.</summary>
    private static (string Name, GatewayCase Case) Refuse400(string name, params string[] cookieLines) =>
        RefuseCookie400(name, ["Authorization: Bearer {T1}", .. cookieLines]);

    /// <summary>A request authorised as ci#3 (by whichever credential its lines carry) whose Cookie the gateway cannot forward: 400.</summary>
    private static (string Name, GatewayCase Case) RefuseCookie400(string name, params string[] headerLines) =>
        (name, new GatewayCase { Request = Get("/llm/x", headerLines), Status = 400, Label = "ci#3", Body = Refused });

    /// <summary>
    /// What Serve receives. The SERVE_TOKEN pair leaves the Cookie header, every other cookie stays, unchanged and in
    /// order. nginx joins repeated Cookie headers with "; " ($http_cookie, src/http/ngx_http_variables.c at
    /// release-1.22.1 and release-1.29.3), so Serve gets one. X-Forwarded-Proto is the gateway's own, never the
    /// client's: nginx 1.23+ joins repeated headers into "https, http" where 1.22 took the first.
    /// </summary>
    private static IEnumerable<(string Name, GatewayCase Case)> Forwarding()
    {
        yield return (
            "cookie valid among others: Serve gets the others, in order, without SERVE_TOKEN",
            new GatewayCase
            {
                Request = Get("/llm/x", "Cookie: a=1; SERVE_TOKEN={T1}; b=2; c=3"),
                Status = 200,
                UpstreamSaw = "/llm/x",
                Label = "ci#3",
                UpstreamCheck = (seen, _) => Assert.Equal(["a=1; b=2; c=3"], seen.Values("Cookie")),
            });
        yield return Forwarded("cookie stripped when first", "Cookie", "a=1; b=2", "Cookie: SERVE_TOKEN={T2}; a=1; b=2");
        yield return Forwarded("cookie stripped when last", "Cookie", "a=1; b=2", "Cookie: a=1; b=2; SERVE_TOKEN={T2}");
        yield return Forwarded("cookie stripped without spaces, others' separators kept", "Cookie", "a=1;b=2", "Cookie: a=1;SERVE_TOKEN={T2};b=2");
        yield return Forwarded("cookie stripped when it is the only one: no Cookie header", "Cookie", null, "Cookie: SERVE_TOKEN={T2}");
        yield return Forwarded("a wrong SERVE_TOKEN cookie is stripped too", "Cookie", "a=1; b=2", "Cookie: a=1; SERVE_TOKEN={WRONG}; b=2");
        yield return Forwarded("SERVE_TOKEN with a space before '=' is stripped (some parsers trim names)", "Cookie", "a=1; b=2", "Cookie: a=1; SERVE_TOKEN ={T2}; b=2");
        yield return Forwarded("a name padded with what Starlette's parser trims is stripped too", "Cookie", "a=1; b=2", "Cookie: a=1;\u00a0SERVE_TOKEN\u001f={T2}; b=2");
        yield return Forwarded("a padded name first is stripped too", "Cookie", "b=2", "Cookie: \u000bSERVE_TOKEN\u0085={T2}; b=2");
        yield return Forwarded("an earlier-format token cookie is stripped", "Cookie", "a=1", "Cookie: a=1; SERVE_TOKEN={L1}");
        yield return Forwarded("cookies of two Cookie headers reach Serve joined, in order, without SERVE_TOKEN", "Cookie", "a=1; b=2", "Cookie: a=1", "Cookie: SERVE_TOKEN={T2}; b=2");
        yield return Forwarded("cookies without SERVE_TOKEN reach Serve byte for byte", "Cookie", "a=1;b=\"x y\";  SERVE_TOKENISH=2; d", "Cookie: a=1;b=\"x y\";  SERVE_TOKENISH=2; d");
        yield return Forwarded("another cookie whose value mentions SERVE_TOKEN= is kept", "Cookie", "x=SERVE_TOKEN=1; y=2", "Cookie: x=SERVE_TOKEN=1; y=2");
        yield return Forwarded("a cookie named serve_token is another cookie, kept", "Cookie", "serve_token=1", "Cookie: serve_token=1");
        yield return Refuse400("SERVE_TOKEN twice with a valid Authorization: never proxied (the gateway cannot strip both)", "Cookie: SERVE_TOKEN={T2}; a=1; SERVE_TOKEN={WRONG}");
        yield return Refuse400("SERVE_TOKEN joined by ',' with a valid Authorization: never proxied (Python's http.cookies would read it)", "Cookie: a=1, SERVE_TOKEN={T2}");
        yield return Refuse400("SERVE_TOKEN joined by ',' in a second Cookie header: never proxied", "Cookie: a=1", "Cookie: b=2, SERVE_TOKEN={T2}");
        yield return Refuse400("SERVE_TOKEN after a control character: never proxied", "Cookie: a=1\u001cSERVE_TOKEN={T2}; b=2");
        yield return Refuse400("SERVE_TOKEN with DEL before '=': never proxied", "Cookie: a=1; SERVE_TOKEN\u007f={T2}");
        // Named again inside the one removable pair's value: removing the pair would drop both, but which is the
        // cookie depends on the parser, so the gateway refuses it like any second naming.
        yield return Refuse400("SERVE_TOKEN named again after ',' inside the pair's value: never proxied", "Cookie: SERVE_TOKEN={T2},SERVE_TOKEN={WRONG}; a=1");
        yield return Refuse400("SERVE_TOKEN named again after a space inside the pair's value: never proxied", "Cookie: a=1; SERVE_TOKEN={T2} SERVE_TOKEN={WRONG}");
        yield return Forwarded("one pair whose value holds a ',' goes whole, and the cookie after it stays", "Cookie", "b=2", "Cookie: SERVE_TOKEN={T2}, a=1; b=2");
        // Parsers that decode the header as UTF-8 strip Unicode spaces from a name (Werkzeug's parse_cookie, Django);
        // the test client sends each char as one byte (Latin-1), so "\u00c2\u00a0" is U+00A0 in UTF-8.
        yield return Refuse400("SERVE_TOKEN named again with a UTF-8 no-break space before '=': never proxied", "Cookie: SERVE_TOKEN={T2}; SERVE_TOKEN\u00c2\u00a0={T2}");
        yield return Refuse400("SERVE_TOKEN after a UTF-8 en quad (U+2000): never proxied", "Cookie: a=1;\u00e2\u0080\u0080SERVE_TOKEN={T2}");
        yield return RefuseCookie400("a cookie credential named again with a UTF-8 ideographic space (U+3000) before '=': never proxied", "Cookie: SERVE_TOKEN={T1}; SERVE_TOKEN\u00e3\u0080\u0080={T1}");
        yield return Forwarded("X-Forwarded-Proto is the gateway's own", "X-Forwarded-Proto", "https");
        yield return Forwarded("a client's X-Forwarded-Proto is replaced", "X-Forwarded-Proto", "https", "X-Forwarded-Proto: http");
        yield return Forwarded("repeated X-Forwarded-Proto headers become the gateway's one value", "X-Forwarded-Proto", "https", "X-Forwarded-Proto: https", "X-Forwarded-Proto: http");
        // $proxy_add_x_forwarded_for joins every X-Forwarded-For, then adds the client (ngx_http_proxy_module.c at both versions).
        yield return Forwarded("repeated X-Forwarded-For headers are joined, then the client address", "X-Forwarded-For", "203.0.113.1, 198.51.100.2, 127.0.0.1", "X-Forwarded-For: 203.0.113.1", "X-Forwarded-For: 198.51.100.2");
        yield return (
            "a repeated ordinary header reaches Serve as sent, one line each",
            new GatewayCase
            {
                Request = Get("/llm/x", "Authorization: Bearer {T1}", "X-Custom: 1", "X-Custom: 2"),
                Status = 200,
                UpstreamSaw = "/llm/x",
                Label = "ci#3",
                UpstreamCheck = (seen, _) => Assert.Equal(["1", "2"], seen.Values("X-Custom")),
            });
    }
}
