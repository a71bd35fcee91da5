using ServeInfra.Core.Tests.Gateway.Infrastructure;
using static ServeInfra.Core.Tests.Gateway.Infrastructure.RawHttp;

namespace ServeInfra.Core.Tests.Gateway.Cases;

public static partial class GatewayCases
{
    // A property, not a field: static fields of partial classes initialise in no defined order across files.
    private static string Big => new('a', 20_000);

    private static (string Name, GatewayCase Case) Health(string name, string request) =>
        (name, new GatewayCase { Request = request, Status = 200, Logged = false, Body = request.StartsWith("HEAD", StringComparison.Ordinal) ? "" : "ok\n" });

    private static IEnumerable<(string Name, GatewayCase Case)> HealthAndMethods()
    {
        yield return Health("health: no token needed, answered by nginx", Get("/_gateway/healthz"));
        yield return Health("health: HEAD", Request("HEAD", "/_gateway/healthz"));
        yield return Health("health: query ignored", Get("/_gateway/healthz?verbose=1"));
        yield return Health("health: a wrong token changes nothing", Get("/_gateway/healthz", "Authorization: Bearer {WRONG}"));
        yield return Deny("health path with trailing slash is not the health path", Get("/_gateway/healthz/"), presented: false);
        yield return Deny("Serve's own health path needs a token", Get("/-/healthz"), presented: false);
        yield return Deny("HEAD without token", Request("HEAD", "/llm/x"), presented: false);
        yield return Deny("OPTIONS without token", Request("OPTIONS", "/llm/x", "Origin: https://evil.example", "Access-Control-Request-Method: POST"), presented: false);
        yield return Deny("POST without token", Request("POST", "/llm/x", "Content-Length: 2") + "{}", presented: false);
        yield return Pass("OPTIONS with token", Request("OPTIONS", "/llm/x", "Authorization: Bearer {T1}"), "/llm/x");
        yield return (
            "POST with body and token: the body reaches Serve",
            new GatewayCase
            {
                Request = Request("POST", "/llm/generate", "Authorization: Bearer {T1}", "Content-Type: application/json", "Content-Length: 13") + "{\"prompt\":42}",
                Status = 200,
                UpstreamSaw = "/llm/generate",
                Label = "ci#3",
                UpstreamCheck = (seen, _) => Assert.Equal(13, seen.BodyLength),
            });
        yield return (
            "POST chunked with token: the body reaches Serve",
            new GatewayCase
            {
                Request = Request("POST", "/llm/generate", "Authorization: Bearer {T1}", "Transfer-Encoding: chunked") + "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n",
                Status = 200,
                UpstreamSaw = "/llm/generate",
                Label = "ci#3",
                UpstreamCheck = (seen, _) => Assert.Equal(11, seen.BodyLength),
            });
        yield return Refuse("TRACE with token", Request("TRACE", "/llm/x", "Authorization: Bearer {T1}"), 405);
        // 1.22 cannot parse a CONNECT target (400); 1.29 parses it and refuses the method (405) before any phase
        // runs (ngx_http_process_request_header, src/http/ngx_http_request.c at release-1.29.3). Neither reaches auth.
        yield return Refuse("CONNECT with token", "CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\nAuthorization: Bearer {T1}\r\n\r\n", 400, 405);
        yield return Refuse("CONNECT without token", "CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n", 400, 405);
        yield return (
            "Serve's own 401 passes through untouched",
            new GatewayCase
            {
                Request = Get("/status/401", "Authorization: Bearer {T1}"),
                Status = 401,
                UpstreamSaw = "/status/401",
                Label = "ci#3",
                Body = "upstream 401\n",
                Headers = new Dictionary<string, string?> { ["WWW-Authenticate"] = null },
            });
        yield return Pass("HTTP/1.0 without Host", "GET /llm/x HTTP/1.0\r\nAuthorization: Bearer {T1}\r\n\r\n", "/llm/x");
    }

    private static IEnumerable<(string Name, GatewayCase Case)> PathsAndLimits()
    {
        yield return Refuse("dot-dot above the root", Get("/../etc/passwd", "Authorization: Bearer {T1}"), 400);
        yield return Refuse("encoded dot-dot above the root", Get("/%2e%2e/etc/passwd", "Authorization: Bearer {T1}"), 400);
        yield return Refuse("encoded dot-dot above the root, after a route", Get("/llm/%2e%2e/%2E%2E/etc/passwd", "Authorization: Bearer {T1}"), 400);
        yield return Deny("dot-dot inside Serve without token", Get("/llm/../x"), presented: false);
        yield return Pass("dot-dot inside Serve with token: passed on as sent, only Serve is reachable", Get("/llm/../x", "Authorization: Bearer {T1}"), "/llm/../x");
        yield return Deny("absolute-form target without token", Get("http://evil.example/"), presented: false);
        yield return Pass("absolute-form target with token still reaches only Serve", Get("http://evil.example/llm/x", "Authorization: Bearer {T1}"), "/llm/x");
        yield return Refuse("asterisk-form target", Request("OPTIONS", "*", "Authorization: Bearer {T1}"), 400);
        yield return (
            "encoded CRLF in path and query reach Serve still encoded, inject no header",
            new GatewayCase
            {
                Request = Get("/llm/%0d%0aX-Injected:%201?q=%0d%0aSet-Cookie:%20evil=1", "Authorization: Bearer {T1}"),
                Status = 200,
                UpstreamSaw = "/llm/%0d%0aX-Injected:%201?q=%0d%0aSet-Cookie:%20evil=1",
                Label = "ci#3",
                UpstreamCheck = (seen, _) => Assert.Empty(seen.Values("X-Injected")),
            });
        yield return Refuse("raw CR in the request target", "GET /llm/x\rSet-Cookie: a=b HTTP/1.1\r\nHost: gateway.test\r\nAuthorization: Bearer {T1}\r\n\r\n", 400);
        yield return (
            "raw CRLF in the request target: nginx reads an HTTP/0.9 request, which has no headers, so no token",
            new GatewayCase
            {
                Request = "GET /llm/x?a=1\r\nX-Injected: 1 HTTP/1.1\r\nHost: gateway.test\r\nAuthorization: Bearer {T1}\r\n\r\n",
                Status = RawResponse.Http09,
                Body = "unauthorized\n",
                Label = "",
            });
        yield return Refuse("oversized header with valid token", Get("/llm/x", "Authorization: Bearer {T1}", "X-Big: " + Big), 400);
        yield return Refuse("oversized Authorization header", Get("/llm/x", "Authorization: Bearer {T1}" + Big), 400);
        yield return Refuse("oversized cookie", Get("/llm/x", "Cookie: SERVE_TOKEN={T1}; pad=" + Big), 400);
        yield return Refuse("too many large headers", Get("/llm/x", [.. Enumerable.Range(0, 6).Select(i => $"X-Pad-{i}: {new string('b', 15_000)}"), "Authorization: Bearer {T1}"]), 400);
        yield return Refuse("oversized request line", Get("/llm/" + Big, "Authorization: Bearer {T1}"), 414);
        yield return Refuse("body over the limit, with token", Request("POST", "/llm/x", "Authorization: Bearer {T1}", "Content-Length: 2097152"), 413);
        yield return Refuse("Content-Length and chunked together", Request("POST", "/llm/x", "Authorization: Bearer {T1}", "Content-Length: 5", "Transfer-Encoding: chunked") + "0\r\n\r\n", 400);
    }
}
