using static ServeInfra.Core.Tests.Gateway.Infrastructure.RawHttp;

namespace ServeInfra.Core.Tests.Gateway.Cases;

public static partial class GatewayCases
{
    private static (string Name, GatewayCase Case) Bearer(string name, string authorization, int status, string label = "ci#3") =>
        status == 200
            ? Pass(name, Get("/llm/generate?x=1", authorization), "/llm/generate?x=1", label)
            : Deny(name, Get("/llm/generate?x=1", authorization), IsBearer(authorization));

    private static IEnumerable<(string Name, GatewayCase Case)> Bearer()
    {
        yield return (
            "bearer valid: Serve sees the request unchanged but without Authorization",
            new GatewayCase
            {
                Request = Get("/llm/generate?x=1&y=%20z", "Authorization: Bearer {T1}", "X-Custom: kept"),
                Status = 200,
                UpstreamSaw = "/llm/generate?x=1&y=%20z",
                Label = "ci#3",
                UpstreamCheck = (seen, _) =>
                {
                    Assert.Equal("gateway.test", seen.Header("Host"));
                    Assert.Equal("kept", seen.Header("X-Custom"));
                    Assert.Equal("127.0.0.1", seen.Header("X-Forwarded-For"));
                    Assert.Equal("https", seen.Header("X-Forwarded-Proto"));
                },
            });
        yield return Bearer("bearer second valid token is logged with its own label", "Authorization: Bearer {T2}", 200, "team-a#1");
        yield return Bearer("bearer scheme lowercase is accepted (RFC 7235: scheme is case-insensitive)", "Authorization: bearer {T1}", 200);
        yield return Bearer("bearer scheme uppercase is accepted", "Authorization: BEARER {T1}", 200);
        yield return Bearer("bearer two spaces after scheme are accepted (RFC 7235: 1*SP)", "Authorization: Bearer  {T1}", 200);
        yield return Bearer("bearer surrounding whitespace is trimmed by nginx", "Authorization:    Bearer {T1}   ", 200);
        yield return Bearer("bearer tab after scheme", "Authorization: Bearer\t{T1}", 401);
        yield return Bearer("bearer without space", "Authorization: Bearer{T1}", 401);
        yield return Deny("no credential at all", Get("/llm/generate?x=1"), presented: false);
        yield return Bearer("authorization empty", "Authorization:", 401);
        yield return Bearer("bearer without token", "Authorization: Bearer", 401);
        yield return Bearer("bearer with only a space", "Authorization: Bearer ", 401);
        yield return Bearer("bearer wrong token", "Authorization: Bearer {WRONG}", 401);
        yield return Bearer("bearer token with prefix", "Authorization: Bearer x{T1}", 401);
        yield return Bearer("bearer token with suffix", "Authorization: Bearer {T1}x", 401);
        yield return Bearer("bearer token upper-cased (nginx's map lookup alone would fold it back)", "Authorization: Bearer {T1_UPPER}", 401);
        yield return Bearer("bearer token with one letter upper-cased", "Authorization: Bearer {T1_ONE_UPPER}", 401);
        yield return Bearer("bearer token truncated", "Authorization: Bearer {T1_TRUNCATED}", 401);
        yield return Bearer("bearer token twice in one header", "Authorization: Bearer {T1} {T1}", 401);
        yield return Bearer("bearer token then comma and another", "Authorization: Bearer {T1}, Bearer {T2}", 401);
        yield return Bearer("bearer token with trailing padding", "Authorization: Bearer {T1}=", 401);
        yield return Bearer("basic scheme with the token as password", "Authorization: Basic {T1_BASIC}", 401);
        yield return Bearer("basic scheme with the token", "Authorization: Basic {T1}", 401);
        yield return Bearer("other scheme with the token", "Authorization: Token {T1}", 401);
        yield return Bearer("token without scheme", "Authorization: {T1}", 401);
        yield return Deny("token in another header", Get("/llm/generate?x=1", "X-Serve-Token: {T1}"), presented: false);
        yield return Deny("token in the query of a proxied path", Get("/llm/generate?token={T1}"), presented: false);
        yield return Refuse("two Authorization headers, valid first: nginx refuses", Get("/llm/x", "Authorization: Bearer {T1}", "Authorization: Bearer {WRONG}"), 400);
        yield return Refuse("two Authorization headers, valid second: nginx refuses", Get("/llm/x", "Authorization: Bearer {WRONG}", "Authorization: Bearer {T1}"), 400);
        yield return Refuse("two Authorization headers, both valid: nginx refuses", Get("/llm/x", "Authorization: Bearer {T1}", "Authorization: Bearer {T2}"), 400);
        yield return Refuse("two Authorization headers, second lowercase name", Get("/llm/x", "Authorization: Bearer {WRONG}", "authorization: Bearer {T1}"), 400);
        yield return Refuse("Authorization folded over two lines (obs-fold)", Get("/llm/x", "Authorization: Bearer", " {T1}"), 400);
        yield return Refuse("Authorization with space before the colon", Get("/llm/x", "Authorization : Bearer {T1}"), 400);
    }
}
