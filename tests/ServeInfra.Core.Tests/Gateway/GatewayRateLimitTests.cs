using System.Text.Json;
using ServeInfra.Core.Gateway;
using ServeInfra.Core.Tests.Gateway.Infrastructure;
using static ServeInfra.Core.Tests.Gateway.Infrastructure.RawHttp;

namespace ServeInfra.Core.Tests.Gateway;

/// <summary>
/// Per-token rate limits against a real nginx: over the limit a token gets 429 with Retry-After, Serve sees
/// nothing, and the access log names the token; other tokens are untouched. ci (both its generations together)
/// and a token named "default" (a word nginx's map block reserves) are limited to 1 request per second, burst 3.
/// </summary>
public sealed class GatewayRateLimitTests : IAsyncLifetime
{
    private const int Burst = 3;
    private readonly TestTokens tokens = new();
    private readonly GatewayToken limitedDefault = new() { Name = "default", Label = "default#1", Value = GatewayTokenGenerator.Generate() };

    /// <summary>
    /// Names that start with t, r or n: after a single backslash nginx's config reader would read a tab, CR or LF
    /// (ngx_conf_read_token, src/core/ngx_conf_file.c at 1.22.1 and 1.29.3), and no request would match the key.
    /// </summary>
    private readonly GatewayToken[] limitedEscapeLike =
    [
        new() { Name = "team-b", Label = "team-b#1", Value = GatewayTokenGenerator.Generate() },
        new() { Name = "reports", Label = "reports#1", Value = GatewayTokenGenerator.Generate() },
        new() { Name = "nightly", Label = "nightly#1", Value = GatewayTokenGenerator.Generate() },
    ];
    private NginxInstance nginx = null!;

    private RecordingUpstream Upstream { get; } = new();

    public async Task InitializeAsync() =>
        nginx = await NginxInstance.StartAsync(
            GatewayFixture.Settings(Upstream.Port) with
            {
                RateLimits =
                [
                    new GatewayRateLimit { TokenName = "ci", RequestsPerSecond = 1, Burst = Burst },
                    new GatewayRateLimit { TokenName = "default", RequestsPerSecond = 1, Burst = Burst },
                    .. limitedEscapeLike.Select(token => new GatewayRateLimit { TokenName = token.Name, RequestsPerSecond = 1, Burst = Burst }),
                ],
            },
            [.. tokens.All, limitedDefault, .. limitedEscapeLike]);

    public async Task DisposeAsync()
    {
        if (nginx is not null)
        {
            await nginx.DisposeAsync();
        }

        await Upstream.DisposeAsync();
    }

    [Fact]
    public async Task Over_the_limit_a_token_gets_429_with_retry_after_and_serve_sees_nothing()
    {
        // 1 + burst requests pass at once (nodelay); the next ones within the same second are refused.
        var statuses = await AtOnceAsync(tokens.Ci.Value, Burst + 3);

        Assert.Equal([.. Enumerable.Repeat(200, Burst + 1), 429, 429], statuses);
        Assert.Equal(Burst + 1, Upstream.Received.Count);
        var refused = await SendAsync(nginx.Port, Get("/llm/x", "Authorization: Bearer " + tokens.Ci.Value));
        Assert.Equal((429, "1", "too many requests\n"), (refused.Status, refused.Header("Retry-After"), refused.Body));
        Assert.Equal("no-store", refused.Header("Cache-Control"));

        // Both generations of a name share its limit; another token is not limited.
        Assert.Equal(429, (await SendAsync(nginx.Port, Get("/llm/x", "Authorization: Bearer " + tokens.CiLegacy.Value))).Status);
        for (var i = 0; i < Burst + 3; i++)
        {
            Assert.Equal(200, (await SendAsync(nginx.Port, Get("/llm/x", "Authorization: Bearer " + tokens.TeamA.Value))).Status);
        }

        // Retry-After holds: a second later the token is admitted again.
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        Assert.Equal(200, (await SendAsync(nginx.Port, Get("/llm/x", "Authorization: Bearer " + tokens.Ci.Value))).Status);
        await AssertLoggedAsync(429, "ci#3");
        await AssertLoggedAsync(429, "ci#2");
    }

    /// <summary>
    /// A token named "default": written as a plain key, nginx would take it as the map's default and limit every
    /// token. The limit applies to it and to no one else.
    /// </summary>
    [Fact]
    public async Task A_token_named_default_is_limited_alone()
    {
        var statuses = await AtOnceAsync(limitedDefault.Value, Burst + 2);

        Assert.Equal([.. Enumerable.Repeat(200, Burst + 1), 429], statuses);
        for (var i = 0; i < Burst + 2; i++)
        {
            Assert.Equal(200, (await SendAsync(nginx.Port, Get("/llm/x", "Authorization: Bearer " + tokens.TeamA.Value))).Status);
        }

        await AssertLoggedAsync(429, "default#1");
    }

    [Fact]
    public async Task Names_starting_with_t_r_or_n_are_limited()
    {
        foreach (var token in limitedEscapeLike)
        {
            Assert.Equal([.. Enumerable.Repeat(200, Burst + 1), 429], await AtOnceAsync(token.Value, Burst + 2));
            await AssertLoggedAsync(429, token.Label);
        }
    }

    [Fact]
    public async Task Unauthorised_requests_get_401_not_the_limit()
    {
        for (var i = 0; i < Burst + 3; i++)
        {
            Assert.Equal(401, (await SendAsync(nginx.Port, Get("/llm/x", "Authorization: Bearer " + tokens.Wrong))).Status);
        }

        Assert.Empty(Upstream.Received);
    }

    /// <summary>
    /// <paramref name="count"/> requests with <paramref name="token"/>, sent together on their own connections, their
    /// statuses sorted. At 1 request per second nginx refills one request per elapsed second
    /// (ngx_http_limit_req_module.c: excess falls by rate × elapsed ms), so requests sent one after another on a busy
    /// machine could span a second and pass; sent together they arrive within milliseconds.
    /// </summary>
    private async Task<List<int>> AtOnceAsync(string token, int count)
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, count)
            .Select(_ => SendAsync(nginx.Port, Get("/llm/x", "Authorization: Bearer " + token))));
        return [.. responses.Select(response => response.Status).Order()];
    }

    private async Task AssertLoggedAsync(int status, string label)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (!nginx.AccessLogLines().Select(line => JsonDocument.Parse(line).RootElement)
                   .Any(entry => entry.GetProperty("status").GetInt32() == status && entry.GetProperty("token").GetString() == label))
        {
            Assert.True(DateTime.UtcNow < deadline, $"no access-log line with status {status} and token {label}");
            await Task.Delay(20);
        }
    }
}
