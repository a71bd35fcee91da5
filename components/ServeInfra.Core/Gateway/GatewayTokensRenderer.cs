using System.Globalization;
using System.Text;

namespace ServeInfra.Core.Gateway;

/// <summary>
/// Renders the gateway's secret file: the valid tokens as entries of the nginx <c>map</c> that turns a
/// presented credential into a token label. The nginx.conf includes it inside that map block, so this file
/// holds no structure, only one line per token. Store it as a Kubernetes Secret (locally: mode 0600).
/// </summary>
public static class GatewayTokensRenderer
{
    /// <summary>
    /// The tokens file for <paramref name="tokens"/>, sorted by name so the same set always renders the same
    /// bytes (no spurious Secret updates).
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

        var text = new StringBuilder()
            .Append("# ServeInfra token gateway: the valid tokens. SECRET: never log, print or commit this file.\n")
            .Append("# Included inside a map block of the gateway's nginx.conf: exact, case-sensitive token -> label.\n");
        foreach (var token in tokens.OrderBy(token => token.Name, StringComparer.Ordinal))
        {
            // Regex keys because map's string keys compare case-insensitively; the alphabet needs no escaping.
            text.Append(CultureInfo.InvariantCulture, $"\"~^{token.Value}$\" \"{token.Label}\"; # {token.Name}\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// Every problem with <paramref name="tokens"/>: an empty set, a malformed name, label or value, or a
    /// name, label or value used twice. Messages name the token; they never contain a value.
    /// </summary>
    public static IReadOnlyList<string> Validate(IReadOnlyList<GatewayToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (tokens.Count == 0)
        {
            return ["GatewayTokens: the set is empty; give at least one token (an empty set would lock everyone out)."];
        }

        var errors = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var earlier = tokens.Take(i).Where(other => other is not null).ToList();
            var at = $"GatewayTokens[{i}]";
            if (token is null)
            {
                errors.Add($"{at}: is null.");
                continue;
            }

            if (token.Name is null || !GatewaySyntax.TokenName().IsMatch(token.Name))
            {
                errors.Add($"{at}.Name: '{token.Name}' is not allowed; use 1-64 characters of A-Z a-z 0-9 . _ -.");
            }
            else if (earlier.Any(other => other.Name == token.Name))
            {
                errors.Add($"{at}.Name: '{token.Name}' appears twice; names must be unique.");
            }

            if (token.Label is null || !GatewaySyntax.TokenLabel().IsMatch(token.Label))
            {
                errors.Add($"{at}.Label: '{token.Label}' (token '{token.Name}') is not allowed; use 1-64 characters of A-Z a-z 0-9 . _ - # :.");
            }
            else if (earlier.Any(other => other.Label == token.Label))
            {
                errors.Add($"{at}.Label: '{token.Label}' (token '{token.Name}') appears twice; the audit log could not tell the tokens apart.");
            }

            if (!GatewayTokenGenerator.IsWellFormed(token.Value))
            {
                errors.Add($"{at}.Value (token '{token.Name}'): not allowed (value not shown); use {GatewayTokenGenerator.MinimumLength}-{GatewayTokenGenerator.MaximumLength} characters of A-Z a-z 0-9.");
            }
            else if (earlier.Any(other => other.Value == token.Value))
            {
                errors.Add($"{at}.Value (token '{token.Name}'): the same value as another token (value not shown); give each token its own value.");
            }
        }

        return errors;
    }
}
