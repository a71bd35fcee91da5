using System.Globalization;
using System.Text;

namespace ServeInfra.Core.Gateway;

/// <summary>
/// Renders the gateway's secret file: the valid tokens as the nginx <c>map</c> blocks that look a presented token up.
/// The nginx.conf includes it in its <c>http</c> block, where it defines three variables keyed by the presented token
/// (see <see cref="GatewayVariables"/>): the label of a current-format token, the entry of an earlier-format one (for
/// the exact comparison nginx.conf makes), and every token's name (for the rate limits). Store it as a Kubernetes
/// Secret (locally: mode 0600).
/// </summary>
public static class GatewayTokensRenderer
{
    /// <summary>
    /// Most token values one gateway holds: 10,000 named tokens, each with two generations during a rotation. The
    /// rendered nginx.conf sizes nginx's map hash for this many, so a lookup stays a few comparisons at most.
    /// </summary>
    public const int MaximumTokens = 20_000;

    /// <summary>
    /// The tokens file for <paramref name="tokens"/>, sorted by name and label so the same set always renders the
    /// same bytes (no spurious Secret updates). nginx's lookup ignores case: a current-format token (a-z 0-9, on which
    /// folding changes nothing) maps straight to its label; an earlier-format token maps to "label token", and the
    /// nginx.conf compares the presented token with that copy exactly.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// Any token is invalid (see <see cref="Validate"/>); the message names tokens by name, never by value.
    /// </exception>
    public static string Render(IReadOnlyList<GatewayToken> tokens)
    {
        var errors = Validate(tokens);
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(Environment.NewLine, errors), nameof(tokens));
        }

        var sorted = tokens.OrderBy(token => token.Name, StringComparer.Ordinal).ThenBy(token => token.Label, StringComparer.Ordinal).ToList();
        var current = sorted.Where(token => !GatewayTokenGenerator.IsLegacyFormat(token.Value)).ToList();
        var legacy = sorted.Where(token => GatewayTokenGenerator.IsLegacyFormat(token.Value)).ToList();
        var text = new StringBuilder()
            .Append("# ServeInfra token gateway: the valid tokens. SECRET: never log, print or commit this file.\n")
            .Append("# Included in the http block of the gateway's nginx.conf (GatewayConfigRenderer), which defines the\n")
            .Append("# variables named here. Every character of a token, name and label is safe inside double quotes.\n");
        // Without a hit the label falls back to the earlier-format comparison, evaluated only then.
        AppendMap(text, "token -> label: current-format tokens", GatewayVariables.TokenLabel, GatewayVariables.LegacyTokenLabel,
            current.Select(token => (token.Value, token.Label)));
        AppendMap(text, "token -> \"label token\": earlier-format tokens, compared exactly by nginx.conf", GatewayVariables.LegacyTokenEntry, "\"\"",
            legacy.Select(token => (token.Value, $"{token.Label} {token.Value}")));
        // Read by the rate limits only, which run after the 401 (preaccess phase), so for authorised tokens only.
        AppendMap(text, "token -> name: the rate limits' key", GatewayVariables.TokenName, "\"\"",
            sorted.Select(token => (token.Value, token.Name)));
        return text.ToString();
    }

    private static void AppendMap(StringBuilder text, string comment, string variable, string fallback, IEnumerable<(string Key, string Value)> entries)
    {
        text.Append(CultureInfo.InvariantCulture, $"# {comment}\nmap {GatewayVariables.PresentedToken} {variable} {{\n    default {fallback};\n");
        foreach (var (key, value) in entries)
        {
            text.Append(CultureInfo.InvariantCulture, $"    \"{key}\" \"{value}\";\n");
        }

        text.Append("}\n");
    }

    /// <summary>
    /// Every problem with <paramref name="tokens"/>: an empty or oversized set, a malformed name, label or value,
    /// a label used twice, or a value used twice (compared ignoring case, as nginx's lookup does). Messages name
    /// the token; they never contain a value.
    /// </summary>
    public static IReadOnlyList<string> Validate(IReadOnlyList<GatewayToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (tokens.Count == 0)
        {
            return ["GatewayTokens: the set is empty; give at least one token (an empty set would lock everyone out)."];
        }

        if (tokens.Count > MaximumTokens)
        {
            return [$"GatewayTokens: {tokens.Count} tokens; at most {MaximumTokens} (the gateway's lookup is sized for that many)."];
        }

        var errors = new List<string>();
        var labels = new HashSet<string>(StringComparer.Ordinal);
        var values = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var at = $"GatewayTokens[{i}]";
            if (token is null)
            {
                errors.Add($"{at}: is null.");
                continue;
            }

            if (token.Name is null || !GatewaySyntax.TokenName().IsMatch(token.Name))
            {
                errors.Add($"{at}.Name: '{token.Name}' is not allowed; use 1-64 characters of a-z 0-9 . _ -.");
            }

            if (token.Label is null || !GatewaySyntax.TokenLabel().IsMatch(token.Label))
            {
                errors.Add($"{at}.Label: '{token.Label}' (token '{token.Name}') is not allowed; use 1-64 characters of A-Z a-z 0-9 . _ - # :.");
            }
            else if (!labels.Add(token.Label))
            {
                errors.Add($"{at}.Label: '{token.Label}' (token '{token.Name}') appears twice; the audit log could not tell the tokens apart.");
            }

            if (!GatewayTokenGenerator.IsWellFormed(token.Value))
            {
                errors.Add($"{at}.Value (token '{token.Name}'): not allowed (value not shown); use {GatewayTokenGenerator.TokenLength} characters of a-z 0-9 " +
                    $"(or, until its generation is retired, an earlier token of {GatewayTokenGenerator.LegacyLength} characters of A-Z a-z 0-9).");
            }
            else if (!values.Add(token.Value))
            {
                errors.Add($"{at}.Value (token '{token.Name}'): the same value as another token, ignoring case (value not shown); give each token its own value.");
            }
        }

        return errors;
    }
}
