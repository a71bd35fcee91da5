using System.Text.Json;
using ServeInfra.Core.Tests.Gateway.Cases;
using ServeInfra.Core.Tests.Gateway.Infrastructure;

namespace ServeInfra.Core.Tests.Gateway;

/// <summary>
/// The gateway contract against a real nginx (Debian's 1.22 unless SERVEINFRA_NGINX names another, 1.22 or later)
/// and a recording upstream: one row per case of <see cref="GatewayCases"/>, all sharing one nginx. Requests go out
/// raw, as a client could send them.
/// </summary>
public sealed class GatewayEndToEndTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    /// <summary>What Python's str.strip() removes from Latin-1 text (str.isspace over U+0000-U+00FF).</summary>
    private static readonly char[] PythonWhitespace = [' ', '\t', '\n', '\v', '\f', '\r', '\x1c', '\x1d', '\x1e', '\x1f', '\x85', '\xa0'];

    [Theory]
    [MemberData(nameof(GatewayCases.Names), MemberType = typeof(GatewayCases))]
    public async Task Case(string name)
    {
        var expected = GatewayCases.All[name];
        var tokens = fixture.Tokens;
        fixture.Upstream.Clear();
        var linesBefore = fixture.Nginx.AccessLogLines().Count;

        var response = await RawHttp.SendAsync(fixture.Nginx.Port, tokens.Fill(expected.Request));

        Assert.True(
            expected.Status == response.Status || expected.OrStatuses.Contains(response.Status),
            $"expected {string.Join(" or ", expected.OrStatuses.Prepend(expected.Status))}, got {response} from {NginxInstance.Version}");
        AssertUpstream(expected, fixture.Upstream.Received, tokens);
        AssertResponse(expected, response, tokens);
        if (expected.Logged)
        {
            // Waiting for this request's line also keeps a late line (lingering close) out of the next case.
            var line = await fixture.Nginx.WaitForAccessLogLineAsync(linesBefore, TimeSpan.FromSeconds(5));
            Assert.True(line is not null, "the request left no access-log line");
            if (expected.Label is not null)
            {
                Assert.Equal(expected.Label, JsonDocument.Parse(line).RootElement.GetProperty("token").GetString());
            }
        }
    }

    private static void AssertUpstream(GatewayCase expected, IReadOnlyList<UpstreamRequest> received, TestTokens tokens)
    {
        // Serve never sees a token: not in a header, not in a cookie, not in the target, whatever the request.
        foreach (var request in received)
        {
            foreach (var secret in tokens.Secrets)
            {
                Assert.DoesNotContain(secret, request.Target, StringComparison.Ordinal);
                Assert.DoesNotContain(request.Headers, h => h.Value.Contains(secret, StringComparison.Ordinal));
            }
        }

        if (expected.UpstreamSaw is null)
        {
            Assert.Empty(received);
            return;
        }

        var seen = Assert.Single(received);
        Assert.Equal(expected.UpstreamSaw, seen.Target);
        Assert.Empty(seen.Values("Authorization"));
        // No cookie pair a Serve app would read as SERVE_TOKEN: Starlette's cookie_parser splits on ';' and '=' and
        // strips the name with Python's str.strip() (encode/starlette starlette/requests.py), on Latin-1 text.
        Assert.DoesNotContain(
            seen.Values("Cookie").SelectMany(cookie => cookie.Split(';')),
            pair => pair.Contains('=', StringComparison.Ordinal) && pair.Split('=', 2)[0].Trim(PythonWhitespace) == "SERVE_TOKEN");
        expected.UpstreamCheck?.Invoke(seen, tokens);
    }

    private static void AssertResponse(GatewayCase expected, RawResponse response, TestTokens tokens)
    {
        if (response.Status != 302)
        {
            Assert.Empty(response.Values("Set-Cookie"));
            Assert.Empty(response.Values("Location"));
        }

        if (expected.RefusedByNginx)
        {
            // Refused by nginx itself, whichever its version: a 4xx, and neither the gateway's challenge nor its 401 body.
            Assert.InRange(response.Status, 400, 499);
            Assert.Empty(response.Values("WWW-Authenticate"));
            Assert.NotEqual("unauthorized\n", response.Body);
        }

        if (response.Status == 401 && expected.UpstreamSaw is null)
        {
            Assert.StartsWith(GatewayCases.NoTokenChallenge, response.Header("WWW-Authenticate"), StringComparison.Ordinal);
            Assert.Equal("no-store", response.Header("Cache-Control"));
            Assert.Equal("Accept", response.Header("Vary"));
        }

        foreach (var (header, value) in expected.Headers)
        {
            Assert.Equal(value is null ? null : tokens.Fill(value), response.Header(header));
        }

        if (expected.Body is not null)
        {
            Assert.Equal(expected.Body, response.Body);
        }

        expected.ResponseCheck?.Invoke(response);
        foreach (var secret in tokens.Secrets)
        {
            Assert.DoesNotContain(secret, response.Body, StringComparison.Ordinal);
            Assert.DoesNotContain(response.Headers, h => h.Key != "Set-Cookie" && h.Value.Contains(secret, StringComparison.Ordinal));
        }
    }
}
