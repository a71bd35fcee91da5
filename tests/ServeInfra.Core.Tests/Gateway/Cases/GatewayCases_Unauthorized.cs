using static ServeInfra.Core.Tests.Gateway.Infrastructure.RawHttp;

namespace ServeInfra.Core.Tests.Gateway.Cases;

public static partial class GatewayCases
{
    private const string BrowserAccept = "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    /// <summary>The page a browser gets: what is missing, the two ways to send a token, nothing of the request (<paramref name="mustNotReflect"/>).</summary>
    private static (string Name, GatewayCase Case) Page(string name, string request, bool presented, params string[] mustNotReflect) =>
        (name, new GatewayCase
        {
            Request = request,
            Status = 401,
            Label = "",
            Headers = new Dictionary<string, string?>
            {
                ["WWW-Authenticate"] = presented ? InvalidTokenChallenge : NoTokenChallenge,
                ["Content-Type"] = "text/html; charset=utf-8",
                ["Cache-Control"] = "no-store",
                ["Content-Security-Policy"] = "default-src 'none'; frame-ancestors 'none'",
                ["X-Content-Type-Options"] = "nosniff",
            },
            ResponseCheck = response =>
            {
                Assert.StartsWith("<!DOCTYPE html>\n", response.Body, StringComparison.Ordinal);
                Assert.EndsWith("</html>\n", response.Body, StringComparison.Ordinal);
                Assert.Contains(presented ? "The token this request carried is not valid" : "This request carried no token.", response.Body, StringComparison.Ordinal);
                Assert.Contains("open your API docs link again", response.Body, StringComparison.Ordinal);
                Assert.Contains("<code>Authorization: Bearer &lt;token&gt;</code>", response.Body, StringComparison.Ordinal);
                Assert.All(mustNotReflect, marker => Assert.DoesNotContain(marker, response.Body, StringComparison.OrdinalIgnoreCase));
            },
        });

    /// <summary>
    /// The gateway's 401s. RFC 6750 section 3: a Bearer challenge with a realm; error="invalid_token" only when a
    /// credential was presented and refused (section 3.1), none when the request had none (a client that did not
    /// know auth was needed, or used another scheme). A browser (Accept: text/html) gets a page, an API client the
    /// short plain body (the Deny cases).
    /// </summary>
    private static IEnumerable<(string Name, GatewayCase Case)> Unauthorized()
    {
        yield return Page("browser without token gets a page saying what to do", Get("/llm/docs", BrowserAccept), presented: false);
        yield return Page("browser with a wrong cookie: the page says the token is not valid", Get("/llm/docs", BrowserAccept, "Cookie: SERVE_TOKEN={WRONG}"), presented: true);
        yield return Page("browser with a retired docs link: invalid_token on the login path", Get("/_gateway/docs?app=llm&token={WRONG}", BrowserAccept), presented: true);
        yield return Page(
            "the page reflects nothing of the request",
            Get("/llm/%3Cscript%3Emarker1?q=marker2&token=marker3", BrowserAccept, "User-Agent: marker4", "Referer: https://marker5.example/", "Cookie: SERVE_TOKEN=marker6; x=marker7", "X-Forwarded-Host: marker8"),
            presented: true,
            "marker", "script", "example");
        yield return Page("Accept is matched case-insensitively", Get("/llm/x", "Accept: TEXT/HTML"), presented: false);
        yield return Deny("an API client (Accept: application/json) gets the plain body", Get("/llm/x", "Accept: application/json"), presented: false);
        yield return Deny("an API client with a wrong token gets invalid_token and the plain body", Get("/llm/x", "Accept: */*", "Authorization: Bearer {WRONG}"), presented: true);
        yield return (
            "a HEAD from a browser gets the page's headers and no body",
            new GatewayCase
            {
                Request = Request("HEAD", "/llm/x", BrowserAccept),
                Status = 401,
                Label = "",
                Body = "",
                Headers = new Dictionary<string, string?> { ["WWW-Authenticate"] = NoTokenChallenge, ["Content-Type"] = "text/html; charset=utf-8" },
            });
    }
}
