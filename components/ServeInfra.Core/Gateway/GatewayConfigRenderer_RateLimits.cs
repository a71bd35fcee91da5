using System.Globalization;
using System.Text;

namespace ServeInfra.Core.Gateway;

public static partial class GatewayConfigRenderer
{
    /// <summary>
    /// Token names per megabyte of a <c>limit_req</c> zone, with room to spare: nginx keeps one state of about 128
    /// bytes per key in the zone's slab (ngx_http_limit_req_module.c), and a full zone would turn requests away.
    /// </summary>
    private const int NamesPerMegabyte = 4000;

    /// <summary>
    /// The limits grouped by (rate, burst): one <c>limit_req</c> zone each, keyed by token name. A request is checked
    /// against every group, an empty key skipping it, so the cost grows with the number of distinct limits, never
    /// with the number of tokens.
    /// </summary>
    private static IReadOnlyList<(string Zone, GatewayRateLimit Limit, IReadOnlyList<string> Names)> RateLimitGroups(GatewaySettings s) =>
        s.RateLimits
            .GroupBy(limit => (limit.RequestsPerSecond, limit.Burst))
            .OrderBy(group => group.Key.RequestsPerSecond).ThenBy(group => group.Key.Burst)
            .Select((group, i) => (
                $"serveinfra_rate_{(i + 1).ToString(CultureInfo.InvariantCulture)}",
                group.First(),
                (IReadOnlyList<string>)group.Select(limit => limit.TokenName).Order(StringComparer.Ordinal).ToList()))
            .ToList();

    private static void AppendRateLimitZones(StringBuilder text, GatewaySettings s)
    {
        var groups = RateLimitGroups(s);
        if (groups.Count == 0)
        {
            return;
        }

        text.Append("""
                # Per-token rate limits, per gateway process, for every generation of a name together. Over the limit:
                # 429 with Retry-After, and the access log line carries the token's label. The key, the token's name,
                # comes from the tokens file's lookup; limit_req runs in the preaccess phase, after the rewrite phase's
                # 401, so only an authorised token is ever counted.
                limit_req_status 429;
                # warn: an expected event, not an error. (Its line holds the request line, like any error-log line.)
                limit_req_log_level warn;

            """);
        foreach (var (zone, limit, names) in groups)
        {
            var megabytes = 1 + (names.Count / NamesPerMegabyte);
            text.Append(CultureInfo.InvariantCulture, $$"""
                    limit_req_zone ${{zone}}_key zone={{zone}}:{{megabytes}}m rate={{limit.RequestsPerSecond}}r/s;
                    map {{GatewayVariables.TokenName}} ${{zone}}_key {
                        default "";

                """);
            foreach (var name in names)
            {
                text.Append(CultureInfo.InvariantCulture, $"        {GatewaySyntax.MapKey(name)} {GatewayVariables.TokenName};\n");
            }

            text.Append("    }\n");
        }

        text.Append('\n');
    }

    /// <summary>The location's <c>limit_req</c> lines, one per group; nothing without limits.</summary>
    private static void AppendRateLimits(StringBuilder text, GatewaySettings s)
    {
        foreach (var (zone, limit, _) in RateLimitGroups(s))
        {
            // nodelay: a request within the burst is served at once instead of being held back to the rate. nginx
            // refuses "burst=0" (ngx_http_limit_req, src/http/modules/ngx_http_limit_req_module.c): no burst is its default.
            var burst = limit.Burst > 0 ? $" burst={limit.Burst.ToString(CultureInfo.InvariantCulture)}" : "";
            text.Append(CultureInfo.InvariantCulture, $"            limit_req zone={zone}{burst} nodelay;\n");
        }
    }
}
