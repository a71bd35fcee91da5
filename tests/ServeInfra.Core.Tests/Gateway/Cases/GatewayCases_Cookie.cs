using static ServeInfra.Core.Tests.Gateway.Infrastructure.RawHttp;

namespace ServeInfra.Core.Tests.Gateway.Cases;

public static partial class GatewayCases
{
    /// <summary>A cookie-only request; <paramref name="presented"/>: the string holds a SERVE_TOKEN pair, so a 401 says invalid_token.</summary>
    private static (string Name, GatewayCase Case) Cookie(string name, string cookie, int status, bool presented = true, string label = "ci#3") =>
        status == 200 ? Pass(name, Get("/llm/x", "Cookie: " + cookie), "/llm/x", label) : Deny(name, Get("/llm/x", "Cookie: " + cookie), presented);

    private static IEnumerable<(string Name, GatewayCase Case)> Cookie()
    {
        yield return (
            "cookie valid: Serve sees the request without the cookie and without Authorization",
            new GatewayCase
            {
                Request = Get("/llm/x", "Cookie: SERVE_TOKEN={T1}"),
                Status = 200,
                UpstreamSaw = "/llm/x",
                Label = "ci#3",
                UpstreamCheck = (seen, _) => Assert.Empty(seen.Values("Cookie")),
            });
        yield return Cookie("cookie second valid token", "SERVE_TOKEN={T2}", 200, label: "team-a#1");
        yield return Cookie("cookie after another, no space", "X=1;SERVE_TOKEN={T1}", 200);
        yield return Cookie("cookie between others", "X=1; SERVE_TOKEN={T1}; Y=2", 200);
        yield return Cookie("cookie wrong value", "SERVE_TOKEN={WRONG}", 401);
        yield return Cookie("cookie empty value", "SERVE_TOKEN=", 401);
        yield return Cookie("cookie upper-cased value", "SERVE_TOKEN={T1_UPPER}", 401);
        yield return Cookie("cookie repeated, wrong first", "SERVE_TOKEN={WRONG}; SERVE_TOKEN={T1}", 401);
        yield return Cookie("cookie repeated, valid first (ambiguous: refused)", "SERVE_TOKEN={T1}; SERVE_TOKEN={WRONG}", 401);
        yield return Cookie("cookie repeated, both valid (ambiguous: refused)", "SERVE_TOKEN={T1}; SERVE_TOKEN={T2}", 401);
        yield return Cookie("cookie repeated without space", "SERVE_TOKEN={WRONG};SERVE_TOKEN={T1}", 401);
        yield return Cookie("cookie repeated, second with a space before '=' (ambiguous: refused)", "SERVE_TOKEN={T1}; SERVE_TOKEN ={WRONG}", 401);
        yield return Deny("cookie repeated across two Cookie headers", Get("/llm/x", "Cookie: SERVE_TOKEN={T1}", "Cookie: SERVE_TOKEN={WRONG}"), presented: true);
        yield return Cookie("cookie name lowercase", "serve_token={T1}", 401, presented: false);
        yield return Cookie("cookie name with prefix", "XSERVE_TOKEN={T1}", 401, presented: false);
        yield return Cookie("cookie name with suffix", "SERVE_TOKENX={T1}", 401, presented: false);
        yield return Cookie("cookie after a comma (nginx's own $cookie_ would accept it)", "X=1,SERVE_TOKEN={T1}", 401, presented: false);
        yield return Cookie("cookie inside another cookie's value", "X=SERVE_TOKEN={T1}", 401, presented: false);
        yield return Cookie("cookie value quoted", "SERVE_TOKEN=\"{T1}\"", 401);
        yield return Cookie("cookie with spaces around '='", "SERVE_TOKEN = {T1}", 401);
        yield return Cookie("cookie value with suffix", "SERVE_TOKEN={T1}x", 401);
        yield return Cookie("cookie value followed by a vertical tab (only spaces and tabs may pad a pair)", "SERVE_TOKEN={T1}\v", 401);
        yield return Cookie("cookie name preceded by a no-break space", "a=1;\u00a0SERVE_TOKEN={T1}", 401);
        yield return Deny("valid cookie but wrong Authorization: the header decides", Get("/llm/x", "Authorization: Bearer {WRONG}", "Cookie: SERVE_TOKEN={T1}"), presented: true);
        yield return Deny("valid cookie but Basic Authorization: the header decides", Get("/llm/x", "Authorization: Basic {T1}", "Cookie: SERVE_TOKEN={T1}"), presented: false);
        // nginx's $http_authorization is "" for a header sent empty (or of spaces, which nginx trims) as for none: the cookie decides.
        yield return Pass("an empty Authorization header counts as none: the cookie decides", Get("/llm/x", "Authorization:", "Cookie: SERVE_TOKEN={T1}"), "/llm/x");
        yield return Pass("valid Authorization and a wrong cookie", Get("/llm/x", "Authorization: Bearer {T1}", "Cookie: SERVE_TOKEN={WRONG}"), "/llm/x");
    }
}
