using System.Globalization;
using ServeInfra.Core.Gateway;
using ServeInfra.Core.Tests.Gateway.Infrastructure;
using static ServeInfra.Core.Tests.Gateway.Infrastructure.RawHttp;

namespace ServeInfra.Core.Tests.Gateway;

/// <summary>
/// The most tokens a gateway holds, in a real nginx. nginx sizes each map's hash at start and, when no table up to
/// map_hash_max_size keeps every bucket within map_hash_bucket_size, warns "could not build optimal map_hash" and
/// overfills buckets, so lookups would get slower as tokens grow (ngx_hash_init, src/core/ngx_hash.c at
/// release-1.22.1 and release-1.29.3). The rendered sizes must hold the maximum without that warning.
/// </summary>
public sealed class GatewayScaleTests
{
    [Fact]
    public async Task The_most_tokens_fit_the_lookup_without_warning_and_match_exactly()
    {
        var tokens = Enumerable.Range(0, GatewayTokensRenderer.MaximumTokens - 1)
            .Select(i => new GatewayToken { Name = "t" + (i / 2).ToString(CultureInfo.InvariantCulture), Label = "t#" + i.ToString(CultureInfo.InvariantCulture), Value = GatewayTokenGenerator.Generate() })
            .Append(new GatewayToken { Name = "old", Label = "old#1", Value = "Z" + new string('y', 42) })
            .ToList();
        await using var upstream = new RecordingUpstream();
        await using var nginx = await NginxInstance.StartAsync(GatewayFixture.Settings(upstream.Port), tokens);

        Assert.DoesNotContain("map_hash", nginx.ErrorLog + nginx.Output, StringComparison.Ordinal);
        foreach (var token in new[] { tokens[0], tokens[^2], tokens[^1] })
        {
            Assert.Equal(200, (await SendAsync(nginx.Port, Get("/x", "Authorization: Bearer " + token.Value))).Status);
        }

        Assert.Equal(401, (await SendAsync(nginx.Port, Get("/x", "Authorization: Bearer " + tokens[0].Value.ToUpperInvariant()))).Status);
        Assert.Equal(401, (await SendAsync(nginx.Port, Get("/x", "Authorization: Bearer " + tokens[^1].Value.ToLowerInvariant()))).Status);
        Assert.Equal(401, (await SendAsync(nginx.Port, Get("/x", "Authorization: Bearer " + GatewayTokenGenerator.Generate()))).Status);
    }
}
