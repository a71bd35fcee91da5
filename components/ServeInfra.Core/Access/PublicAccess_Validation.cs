using ServeInfra.Core.Configuration;
using ServeInfra.Core.Gateway;
using ServeInfra.Core.Naming;
using ServeInfra.Core.Settings;
using ServeInfra.Core.Tokens;

namespace ServeInfra.Core.Access;

public sealed partial record PublicAccess
{
    /// <summary>Named tokens per cluster: each can have two values during a rotation, and the gateway holds <see cref="GatewayTokensRenderer.MaximumTokens"/>.</summary>
    public const int MaxTokens = GatewayTokensRenderer.MaximumTokens / 2;

    /// <inheritdoc />
    public override IReadOnlyList<SettingsProblem> Validate()
    {
        var checks = new SettingsChecks();
        if (Domain is not null && !NameRules.IsCertificateDomain(Domain))
        {
            checks.Fail("PublicAccess.Domain", ConfigKeys.Domain, Domain, "is not a DNS name a Google-managed certificate can cover",
                $"a lower-case name of at most {NameRules.MaxCertificateDomainLength} characters such as serve.example.com (no wildcard, no trailing dot), or empty for <ip>.sslip.io");
        }

        checks.InRange("PublicAccess.CertificateTimeoutSeconds", ConfigKeys.CertificateTimeoutSeconds, CertificateTimeoutSeconds);
        checks.InRange("PublicAccess.BackendTimeoutSeconds", ConfigKeys.BackendTimeoutSeconds, BackendTimeoutSeconds);
        checks.InRange("PublicAccess.GatewayReplicas", ConfigKeys.GatewayReplicas, GatewayReplicas);
        if (Tokens is null)
        {
            checks.Fail("PublicAccess.Tokens", ConfigKeys.Tokens, null, "is not set", $"a list that includes {TokenSettings.DefaultName} ([TokenSettings.Default] for the default)");
        }
        else
        {
            ValidateTokens(checks);
        }

        return checks.Problems;
    }

    private void ValidateTokens(SettingsChecks checks)
    {
        var key = ConfigKeys.Tokens.FullName;
        var before = checks.Count;
        if (Tokens.Count > MaxTokens)
        {
            checks.Add(new SettingsProblem("PublicAccess.Tokens", key, $"{Tokens.Count} tokens", "is more than the gateway holds", $"at most {MaxTokens} named tokens",
                $"pulumi config rm --path '{key}[{Tokens.Count - 1}]'"));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Tokens.Count; i++)
        {
            var (at, item) = ($"PublicAccess.Tokens[{i}]", $"{key}[{i}]");
            if (Tokens[i] is not { } token)
            {
                checks.Add(new SettingsProblem(at, item, null, "is not set", "a token such as new TokenSettings { Name = \"ci\" }", $"pulumi config set --path '{item}.name' {TokenSettings.DefaultName}"));
                continue;
            }

            token.Validate(checks, at, item);
            if (TokenSettings.NameRule.IsValid(token.Name) && !names.Add(token.Name))
            {
                checks.FailItem($"{at}.Name", item, "name", token.Name, "is used by another token", "a unique name", token.Name + "-2");
            }
        }

        // Only on an otherwise sound list: a misspelt or invalid name would otherwise also read as a missing default.
        if (checks.Count == before && !names.Contains(TokenSettings.DefaultName))
        {
            checks.Add(new SettingsProblem("PublicAccess.Tokens", key, Tokens.Count == 0 ? "[]" : string.Join(", ", Tokens.Select(t => t.Name)),
                $"has no token named {TokenSettings.DefaultName}", $"a list that includes {TokenSettings.DefaultName} (the stack output and docs links use it)",
                $"pulumi config set --path '{key}[{Tokens.Count}].name' {TokenSettings.DefaultName}"));
        }
    }
}
