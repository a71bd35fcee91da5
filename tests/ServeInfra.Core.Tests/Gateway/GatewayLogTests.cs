using System.Net;
using System.Net.Sockets;
using ServeInfra.Core.Tests.Gateway.Cases;
using ServeInfra.Core.Tests.Gateway.Infrastructure;
using static ServeInfra.Core.Tests.Gateway.Infrastructure.RawHttp;

namespace ServeInfra.Core.Tests.Gateway;

/// <summary>
/// No token value reaches any gateway log line (access, error, nginx's own output), whatever the request;
/// and the access log names the token that authorised a request by its label.
/// </summary>
public sealed class GatewayLogTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    /// <summary>Requests nginx logs at error or info level, with the request line, the token in it.</summary>
    private static readonly string[] LeakProne =
    [
        Get("/_gateway/docs?app=llm&token={T1}&pad=" + new string('a', 20_000)),
        Get("/_gateway/docs?app=llm&token={T1}", "X-Big: " + new string('a', 20_000)),
        Get("/_gateway/docs?app=llm&token={T1}", "Bad Header: x"),
        Get("/_gateway/docs?app=llm&token={T1}", "Host: second.example"),
        Get("/_gateway/docs?app=llm&token={T1}", "Transfer-Encoding: gzip"),
        Request("POST", "/_gateway/docs?app=llm&token={T1}", "Content-Length: 2097152"),
        Get("/_gateway/docs?app=llm&token={T1}", "Authorization: Bearer {T2}", "Authorization: Bearer {T1}"),
        "GET /../_gateway/docs?app=llm&token={T1} HTTP/1.1\r\nHost: gateway.test\r\n\r\n",
        "GET /_gateway/docs?app=llm&token={T1}\rX HTTP/1.1\r\nHost: gateway.test\r\n\r\n",
        Request("POST", "/llm/x", "Authorization: Bearer {T1}", "Content-Length: 2097152"),
        // Refused (401) with a token in the decoded path: a docs link whose '?' was percent-encoded, a token as a path segment.
        Get("/_gateway/docs%3fapp=llm&token={T1}"),
        Get("/llm/{T1}"),
        Get("/llm/{L1}", "Accept: text/html"),
        // Refused by nginx itself with a token in the path: 405 and 400 (two Authorization headers).
        Request("TRACE", "/llm/{T1}"),
        Get("/llm/{T2}", "Authorization: Bearer {WRONG}", "Authorization: Bearer {T1}"),
        // Refused by the gateway (400) for a Cookie it cannot forward, with a token in the path.
        Get("/llm/{T2}", "Authorization: Bearer {T1}", "Cookie: a=1, SERVE_TOKEN=x"),
    ];

    [Fact]
    public async Task No_token_value_reaches_any_log_and_the_label_does()
    {
        var nginx = fixture.Nginx;
        foreach (var request in GatewayCases.All.Values.Select(c => c.Request).Concat(LeakProne))
        {
            await SendAsync(nginx.Port, fixture.Tokens.Fill(request));
        }

        // Some lines are written only once nginx's lingering close ends: wait until the log stops growing.
        await WaitUntilStableAsync(() => nginx.AccessLog.Length + nginx.ErrorLog.Length);
        AssertNoSecret(fixture.Tokens, nginx);
        Assert.Contains("\"token\":\"ci#3\"", nginx.AccessLog, StringComparison.Ordinal);
        Assert.Contains("\"token\":\"team-a#1\"", nginx.AccessLog, StringComparison.Ordinal);
        Assert.Contains("\"path\":\"(withheld: it holds a token-shaped string)\",\"status\":401", nginx.AccessLog, StringComparison.Ordinal);
        Assert.Contains("\"path\":\"(withheld: it holds a token-shaped string)\",\"status\":405", nginx.AccessLog, StringComparison.Ordinal);
        Assert.Contains("\"path\":\"(withheld: it holds a token-shaped string)\",\"status\":400", nginx.AccessLog, StringComparison.Ordinal);
        Assert.Contains("\"path\":\"/llm/generate\",\"status\":401", nginx.AccessLog, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upstream_errors_are_logged_without_the_token()
    {
        var tokens = new TestTokens();
        await using var nginx = await NginxInstance.StartAsync(GatewayFixture.Settings(ClosedPort()), tokens.All);

        // Both credential channels at once. (nginx appends the request line and the Referer to error lines:
        // a client that put a token there, where the gateway never takes one from, could see it logged.)
        var response = await SendAsync(nginx.Port, tokens.Fill(Get("/llm/x?q=1", "Authorization: Bearer {T1}", "Cookie: SERVE_TOKEN={T2}", "Referer: /llm/docs")));

        Assert.Equal(502, response.Status);
        await WaitUntilStableAsync(() => nginx.ErrorLog.Length);
        Assert.Contains("connect() failed", nginx.ErrorLog, StringComparison.Ordinal);
        Assert.Contains("referrer: \"/llm/docs\"", nginx.ErrorLog, StringComparison.Ordinal);
        AssertNoSecret(tokens, nginx);
    }

    /// <summary>Shows the check above would catch a leak, and why the rendered error_log level is warn.</summary>
    [Fact]
    public async Task At_info_level_nginx_would_log_the_token()
    {
        var tokens = new TestTokens();
        await using var upstream = new RecordingUpstream();
        await using var nginx = await NginxInstance.StartAsync(GatewayFixture.Settings(upstream.Port), tokens.All,
            config => config.Replace(" warn;", " info;", StringComparison.Ordinal));

        await SendAsync(nginx.Port, tokens.Fill(Get("/llm/x", "Authorization: Bearer {T2}", "Authorization: Bearer {T1}")));

        await WaitUntilStableAsync(() => nginx.ErrorLog.Length);
        Assert.Contains("client sent duplicate header line", nginx.ErrorLog, StringComparison.Ordinal);
        Assert.Contains(tokens.Ci.Value, nginx.ErrorLog, StringComparison.Ordinal);
    }

    private static void AssertNoSecret(TestTokens tokens, NginxInstance nginx)
    {
        foreach (var (name, text) in new[] { ("access log", nginx.AccessLog), ("error log", nginx.ErrorLog), ("nginx output", nginx.Output) })
        {
            foreach (var secret in tokens.Secrets)
            {
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"a token value is in the {name}");
            }
        }
    }

    private static async Task WaitUntilStableAsync(Func<int> size)
    {
        var last = -1;
        for (var i = 0; i < 100 && size() != last; i++)
        {
            last = size();
            await Task.Delay(200);
        }
    }

    private static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
