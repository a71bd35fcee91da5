using System.Text.Json;
using ServeInfra.Core.Tests.Gateway.Cases;
using ServeInfra.Core.Tests.Gateway.Infrastructure;

namespace ServeInfra.Core.Tests.Gateway;

/// <summary>
/// The gateway contract against a real nginx (Debian's 1.22 here) and a recording upstream: one row per
/// case of <see cref="GatewayCases"/>, all sharing one nginx. Requests go out raw, as a client could send them.
/// </summary>
public sealed class GatewayEndToEndTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Theory]
    [MemberData(nameof(GatewayCases.Names), MemberType = typeof(GatewayCases))]
    public async Task Case(string name)
    {
        var expected = GatewayCases.All[name];
        var tokens = fixture.Tokens;
        fixture.Upstream.Clear();
        var linesBefore = fixture.Nginx.AccessLogLines().Count;

        var response = await RawHttp.SendAsync(fixture.Nginx.Port, tokens.Fill(expected.Request));

        Assert.True(expected.Status == response.Status, $"expected {expected.Status}, got {response}");
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
        if (expected.UpstreamSaw is null)
        {
            Assert.Empty(received);
            return;
        }

        var seen = Assert.Single(received);
        Assert.Equal(expected.UpstreamSaw, seen.Target);
        Assert.Empty(seen.Values("Authorization"));
        expected.UpstreamCheck?.Invoke(seen, tokens);
    }

    private static void AssertResponse(GatewayCase expected, RawResponse response, TestTokens tokens)
    {
        if (response.Status != 302)
        {
            Assert.Empty(response.Values("Set-Cookie"));
            Assert.Empty(response.Values("Location"));
        }

        if (response.Status == 401 && expected.UpstreamSaw is null)
        {
            Assert.Equal("Bearer", response.Header("WWW-Authenticate"));
            Assert.Equal("no-store", response.Header("Cache-Control"));
        }

        foreach (var (header, value) in expected.Headers)
        {
            Assert.Equal(value is null ? null : tokens.Fill(value), response.Header(header));
        }

        if (expected.Body is not null)
        {
            Assert.Equal(expected.Body, response.Body);
        }

        foreach (var secret in tokens.Secrets)
        {
            Assert.DoesNotContain(secret, response.Body, StringComparison.Ordinal);
            Assert.DoesNotContain(response.Headers, h => h.Key != "Set-Cookie" && h.Value.Contains(secret, StringComparison.Ordinal));
        }
    }
}
