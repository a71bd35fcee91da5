using static ServeInfra.Core.Tests.Gateway.Infrastructure.RawHttp;

namespace ServeInfra.Core.Tests.Gateway.Cases;

public static partial class GatewayCases
{
    /// <summary>
    /// A token of the earlier format (43 of A-Z a-z 0-9) stays valid until its generation is retired, and is still
    /// matched exactly: nginx's map lookup folds case (ngx_hash_strlow, src/core/ngx_hash.c at release-1.22.1 and
    /// release-1.29.3), so a case variant finds the entry, and the gateway's exact compare must refuse it.
    /// </summary>
    private static IEnumerable<(string Name, GatewayCase Case)> LegacyTokens()
    {
        yield return Bearer("earlier-format token is accepted with its own label", "Authorization: Bearer {L1}", 200, "ci#2");
        yield return Cookie("earlier-format token in the cookie is accepted", "SERVE_TOKEN={L1}", 200, label: "ci#2");
        yield return Bearer("earlier-format token with case swapped (found by the case-blind lookup, refused by the exact compare)", "Authorization: Bearer {L1_SWAPPED_CASE}", 401);
        yield return Bearer("earlier-format token lower-cased", "Authorization: Bearer {L1_LOWER}", 401);
        yield return Cookie("earlier-format token in the cookie with case swapped", "SERVE_TOKEN={L1_SWAPPED_CASE}", 401);
        yield return Bearer("earlier-format wrong token", "Authorization: Bearer {WRONG_LEGACY}", 401);
        yield return Bearer("earlier-format token with suffix", "Authorization: Bearer {L1}x", 401);
        yield return Bearer("earlier-format token truncated", "Authorization: Bearer {L1_TRUNCATED}", 401);
        yield return Pass("earlier-format token reaches Serve without Authorization", Get("/llm/x", "Authorization: Bearer {L1}"), "/llm/x", "ci#2");
    }
}
