using static ServeInfra.Core.Tests.Gateway.Infrastructure.RawHttp;

namespace ServeInfra.Core.Tests.Gateway.Cases;

public static partial class GatewayCases
{
    private static (string Name, GatewayCase Case) LoginRedirect(string name, string request, string location, string label = "ci#3", string token = "{T1}") =>
        (name, new GatewayCase
        {
            Request = request,
            Status = 302,
            Label = label,
            Headers = new Dictionary<string, string?>
            {
                ["Location"] = location,
                ["Set-Cookie"] = $"SERVE_TOKEN={token}; Path=/; HttpOnly; Secure; SameSite=Lax",
                ["Cache-Control"] = "no-store",
                ["Referrer-Policy"] = "no-referrer",
            },
        });

    /// <summary>A valid token but no such app: 404, no cookie, no Location.</summary>
    private static (string Name, GatewayCase Case) UnknownApp(string name, string query) =>
        (name, new GatewayCase
        {
            Request = Get("/_gateway/docs?" + query),
            Status = 404,
            Label = "ci#3",
            Body = "unknown app\n",
            Headers = new Dictionary<string, string?> { ["Cache-Control"] = "no-store", ["Referrer-Policy"] = "no-referrer" },
        });

    private static IEnumerable<(string Name, GatewayCase Case)> Login()
    {
        yield return LoginRedirect("login: cookie set, redirect to the app's docs", Get("/_gateway/docs?app=llm&token={T1}"), "/llm/docs");
        yield return LoginRedirect("login: route '/' redirects to /docs", Get("/_gateway/docs?app=default&token={T1}"), "/docs");
        yield return LoginRedirect("login: app name with - and _, route with a dot", Get("/_gateway/docs?app=my-app_2&token={T1}"), "/my.app/docs");
        yield return LoginRedirect("login: second token sets its own cookie", Get("/_gateway/docs?token={T2}&app=llm"), "/llm/docs", "team-a#1", "{T2}");
        yield return LoginRedirect("login: an earlier-format token sets its own cookie", Get("/_gateway/docs?app=llm&token={L1}"), "/llm/docs", "ci#2", "{L1}");
        yield return LoginRedirect("login: HEAD", Request("HEAD", "/_gateway/docs?app=llm&token={T1}"), "/llm/docs");
        yield return LoginRedirect("login: redirect parameters are ignored", Get("/_gateway/docs?app=llm&token={T1}&next=//evil.example&redirect_uri=https://evil.example&url=/x"), "/llm/docs");
        yield return LoginRedirect("login: first app parameter counts", Get("/_gateway/docs?app=llm&app=//evil.example&token={T1}"), "/llm/docs");
        yield return LoginRedirect("login: absolute-form request target gives a relative Location", Get("http://evil.example/_gateway/docs?app=llm&token={T1}"), "/llm/docs");
        yield return LoginRedirect("login: percent-encoded path is the same path to nginx", Get("/_gateway/%64ocs?app=llm&token={T1}"), "/llm/docs");
        yield return LoginRedirect("login: parameter names are case-insensitive in nginx", Get("/_gateway/docs?APP=llm&TOKEN={T1}"), "/llm/docs");
        yield return Deny("login: wrong token", Get("/_gateway/docs?app=llm&token={WRONG}"), presented: true);
        yield return Deny("login: no token", Get("/_gateway/docs?app=llm"), presented: false);
        yield return Deny("login: empty token", Get("/_gateway/docs?app=llm&token="), presented: false);
        yield return Deny("login: token case changed", Get("/_gateway/docs?app=llm&token={T1_UPPER}"), presented: true);
        yield return Deny("login: earlier-format token with case changed", Get("/_gateway/docs?app=llm&token={L1_SWAPPED_CASE}"), presented: true);
        yield return Deny("login: token with suffix", Get("/_gateway/docs?app=llm&token={T1}x"), presented: true);
        yield return Deny("login: token percent-encoded", Get("/_gateway/docs?app=llm&token={T1_PERCENT}"), presented: true);
        yield return Deny("login: token with encoded CRLF and header", Get("/_gateway/docs?app=llm&token={T1}%0d%0aSet-Cookie:%20a=b"), presented: true);
        yield return Deny("login: first token parameter counts", Get("/_gateway/docs?app=llm&token={WRONG}&token={T1}"), presented: true);
        yield return Deny("login: token only in Authorization", Get("/_gateway/docs?app=llm", "Authorization: Bearer {T1}"), presented: false);
        yield return Deny("login: token only in cookie", Get("/_gateway/docs?app=llm", "Cookie: SERVE_TOKEN={T1}"), presented: false);
        yield return Deny("login: unknown app without token (401 before 404: apps are not enumerable)", Get("/_gateway/docs?app=nope"), presented: false);
        yield return UnknownApp("login: unknown app", "app=nope&token={T1}");
        yield return UnknownApp("login: no app", "token={T1}");
        yield return UnknownApp("login: app name case changed", "app=LLM&token={T1}");
        yield return UnknownApp("login: dot in app name is literal", "app=myXapp&token={T1}");
        yield return UnknownApp("login: app with prefix", "app=xllm&token={T1}");
        yield return UnknownApp("login: open redirect //evil", "app=//evil.example&token={T1}");
        yield return UnknownApp("login: open redirect /\\evil", "app=/\\evil.example&token={T1}");
        yield return UnknownApp("login: open redirect https://evil", "app=https://evil.example&token={T1}");
        yield return UnknownApp("login: open redirect %2F%2Fevil", "app=%2F%2Fevil.example&token={T1}");
        yield return UnknownApp("login: open redirect %5C%5Cevil", "app=%5C%5Cevil.example&token={T1}");
        yield return UnknownApp("login: route prefix instead of app", "app=/llm&token={T1}");
        yield return UnknownApp("login: app with encoded CRLF and Location", "app=llm%0d%0aLocation:%20//evil.example&token={T1}");
        yield return UnknownApp("login: app with path traversal", "app=llm/../../evil&token={T1}");
        yield return Deny("login path with trailing slash is not the login path", Get("/_gateway/docs/?app=llm&token={T1}"), presented: false);
        yield return Deny("login path in other case is not the login path", Get("/_GATEWAY/DOCS?app=llm&token={T1}"), presented: false);
    }
}
