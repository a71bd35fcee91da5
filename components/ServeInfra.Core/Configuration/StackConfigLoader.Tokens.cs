using System.Text.Json;
using ServeInfra.Core.Tokens;

namespace ServeInfra.Core.Configuration;

public static partial class StackConfigLoader
{
    private static readonly string[] TokenFields = ["name", "generation", "retiredThrough", "requestsPerSecond", "burst"];

    /// <summary>
    /// The tokens as written, one record per item, so that a record's problems carry its item's index. An item that
    /// does not parse keeps its place with the parts that did (its problems are reported once, as parse errors).
    /// </summary>
    private static IReadOnlyList<TokenSettings> ReadTokens(ConfigReader reader)
    {
        var items = reader.Array(ConfigKeys.Tokens);
        if (items is null)
        {
            return [TokenSettings.Default];
        }

        var key = ConfigKeys.Tokens.FullName;
        var tokens = new List<TokenSettings>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = new ConfigObject(reader, $"{key}[{i}]", items[i]);
            if (!item.IsObject)
            {
                tokens.Add(new TokenSettings { Name = null! });
                continue;
            }

            RejectUnknownFields(reader, $"{key}[{i}]", items[i]);
            tokens.Add(new TokenSettings
            {
                Name = item.RequiredString("name", TokenSettings.NameRule)!,
                Generation = item.Int("generation", TokenSettings.Default.Generation, TokenSettings.GenerationRange),
                RetiredThrough = item.Int("retiredThrough", 0, TokenSettings.RetiredThroughRange),
                RateLimit = ReadRateLimit(item),
            });
        }

        return tokens;
    }

    /// <summary>
    /// The optional limit: <c>requestsPerSecond</c>, and <c>burst</c> (default: one second's worth, the rate itself,
    /// so a client that pauses may catch up at once). A burst without a rate limits nothing: an error, not ignored.
    /// </summary>
    private static TokenRateLimit? ReadRateLimit(ConfigObject item)
    {
        if (!item.Has("requestsPerSecond"))
        {
            if (item.Has("burst"))
            {
                var (min, max) = TokenRateLimit.RequestsPerSecondRange;
                item.Fail("requestsPerSecond", null, "is missing, and burst limits nothing without it", $"{min} to {max} requests per second (or remove burst)", "10");
            }

            return null;
        }

        var rate = item.Int("requestsPerSecond", TokenRateLimit.RequestsPerSecondRange.Min, TokenRateLimit.RequestsPerSecondRange);
        return new TokenRateLimit(rate, item.Int("burst", rate, TokenRateLimit.BurstRange));
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
}
