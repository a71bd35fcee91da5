using System.Text.RegularExpressions;

namespace ServeInfra.Core.Tests.Gateway.Cases;

/// <summary>
/// The end-to-end table, by name. The fixture's routes: llm=/llm, default=/, my-app_2=/my.app; tokens ci#3 ({T1}),
/// team-a#1 ({T2}) and ci#2 ({L1}, earlier format); body limit 1 MiB; X-Forwarded-Proto https (the cluster's).
/// </summary>
public static partial class GatewayCases
{
    /// <summary>RFC 6750 section 3: the challenge of a request that presented no credential (no error code).</summary>
    public const string NoTokenChallenge = "Bearer realm=\"serveinfra\"";

    /// <summary>RFC 6750 section 3.1: the challenge of a request whose credential was refused.</summary>
    public const string InvalidTokenChallenge = "Bearer realm=\"serveinfra\", error=\"invalid_token\"";

    public static IReadOnlyDictionary<string, GatewayCase> All { get; } =
        Bearer().Concat(LegacyTokens()).Concat(Cookie()).Concat(Login()).Concat(HealthAndMethods()).Concat(PathsAndLimits())
            .Concat(Forwarding()).Concat(Unauthorized())
            .ToDictionary(pair => pair.Name, pair => pair.Case, StringComparer.Ordinal);

    public static TheoryData<string> Names() => new(All.Keys);

    private static (string Name, GatewayCase Case) Pass(string name, string request, string target, string label = "ci#3") =>
        (name, new GatewayCase { Request = request, Status = 200, UpstreamSaw = target, Label = label, Body = "upstream ok\n" });

    /// <summary>The gateway's 401 to an API client; <paramref name="presented"/>: a credential was sent and refused.</summary>
    private static (string Name, GatewayCase Case) Deny(string name, string request, bool presented) =>
        (name, new GatewayCase
        {
            Request = request,
            Status = 401,
            Label = "",
            Body = request.StartsWith("HEAD", StringComparison.Ordinal) ? "" : "unauthorized\n",
            Headers = new Dictionary<string, string?>
            {
                ["WWW-Authenticate"] = presented ? InvalidTokenChallenge : NoTokenChallenge,
                ["Content-Type"] = "text/plain",
            },
        });

    /// <summary>Refused by nginx's own HTTP parsing or limits, before any auth decision (other versions: <paramref name="or"/>).</summary>
    private static (string Name, GatewayCase Case) Refuse(string name, string request, int status, params int[] or) =>
        (name, new GatewayCase { Request = request, Status = status, OrStatuses = or, RefusedByNginx = true });

    /// <summary>Whether an Authorization value is a Bearer credential (RFC 6750 section 2.1: the scheme, then a space or nothing).</summary>
    private static bool IsBearer(string authorization) =>
        Regex.IsMatch(authorization.Split(':', 2)[1].Trim(' ', '\t'), @"^(?i:bearer)(?:\s|$)", RegexOptions.None, TimeSpan.FromSeconds(1));
}
