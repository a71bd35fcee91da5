using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ServeInfra.Core.Gateway;
using ServeInfra.Core.Naming;
using ServeInfra.Core.Tokens;

namespace ServeInfra.Core.Configuration;

public static partial class StackConfigLoader
{
    private const int MaxGeneration = 1_000_000;
    private const int MaxRate = 100_000;

    /// <summary>Named tokens per stack: each can have two values during a rotation, and the gateway holds <see cref="GatewayTokensRenderer.MaximumTokens"/>.</summary>
    private const int MaxTokens = GatewayTokensRenderer.MaximumTokens / 2;

    private static readonly string[] TokenFields = ["name", "generation", "retiredThrough", "requestsPerSecond", "burst"];

    private static IReadOnlyList<TokenSettings> ReadTokens(ConfigReader reader)
    {
        var items = reader.Array(ConfigKeys.Tokens);
        if (items is null)
        {
            return [TokenSettings.Default];
        }

        var key = ConfigKeys.Tokens.FullName;
        if (items.Count > MaxTokens)
        {
            reader.Fail(key, $"{items.Count} tokens", "is more than the gateway holds", $"at most {MaxTokens} named tokens",
                $"pulumi config rm --path '{key}[{items.Count - 1}]'");
        }

        var tokens = new List<TokenSettings>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var item = new ConfigObject(reader, $"{key}[{i}]", items[i]);
            if (!item.IsObject)
            {
                continue;
            }

            RejectUnknownFields(reader, $"{key}[{i}]", items[i]);
            var name = item.RequiredString("name", TokenName(), $"lower-case letters, digits and hyphens, starting with a letter, at most {NameRules.MaxTokenNameLength} characters", "default");
            var generation = item.Int("generation", 1, 1, MaxGeneration);
            var retired = item.Int("retiredThrough", 0, 0, MaxGeneration);
            if (retired >= generation)
            {
                item.Fail("retiredThrough", retired.ToString(CultureInfo.InvariantCulture),
                    $"would retire the current generation ({generation})", $"0 to {generation - 1}; remove the token to revoke it entirely",
                    (generation - 1).ToString(CultureInfo.InvariantCulture));
            }

            var rateLimit = ReadRateLimit(item, items[i]);
            if (name is not null && !names.Add(name))
            {
                item.Fail("name", name, "is used by another token", "a unique name", name + "-2");
                continue;
            }

            if (name is not null)
            {
                tokens.Add(new TokenSettings { Name = name, Generation = generation, RetiredThrough = retired, RateLimit = rateLimit });
            }
        }

        if (!tokens.Any(token => token.Name == TokenSettings.DefaultName) && !reader.Errors.Any(e => e.Key.StartsWith(key, StringComparison.Ordinal)))
        {
            reader.Fail(key, items.Count == 0 ? "[]" : string.Join(", ", tokens.Select(t => t.Name)),
                $"has no token named {TokenSettings.DefaultName}", $"a list that includes {TokenSettings.DefaultName} (the stack output and docs links use it)",
                $"pulumi config set --path '{key}[{items.Count}].name' {TokenSettings.DefaultName}");
        }

        return tokens;
    }

    /// <summary>
    /// The optional limit: <c>requestsPerSecond</c>, and <c>burst</c> (default: one second's worth, the rate itself,
    /// so a client that pauses may catch up at once). A burst without a rate limits nothing: an error, not ignored.
    /// </summary>
    private static TokenRateLimit? ReadRateLimit(ConfigObject item, JsonElement element)
    {
        var hasRate = Has(element, "requestsPerSecond");
        var rate = item.Int("requestsPerSecond", 0, 1, MaxRate);
        var burst = item.Int("burst", rate, 0, MaxRate);
        if (!hasRate && Has(element, "burst"))
        {
            item.Fail("requestsPerSecond", null, "is missing, and burst limits nothing without it",
                $"1 to {MaxRate} requests per second (or remove burst)", "10");
            return null;
        }

        return hasRate && rate > 0 ? new TokenRateLimit(rate, burst) : null;
    }

    /// <summary>A misspelt field (requestPerSecond) would silently leave a token unlimited: every unknown field is an error.</summary>
    private static void RejectUnknownFields(ConfigReader reader, string path, JsonElement element)
    {
        foreach (var field in element.EnumerateObject().Where(field => !TokenFields.Contains(field.Name, StringComparer.Ordinal)))
        {
            reader.Fail($"{path}.{field.Name}", field.Value.GetRawText(), "is not a token field", string.Join(", ", TokenFields),
                $"pulumi config rm --path '{path}.{field.Name}'");
        }
    }

    private static bool Has(JsonElement element, string field) =>
        element.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null;

    [GeneratedRegex("^[a-z]([-a-z0-9]{0,28}[a-z0-9])?$")]
    private static partial Regex TokenName();
}
