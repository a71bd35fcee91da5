using System.Text.RegularExpressions;
using ServeInfra.Core.Naming;
using ServeInfra.Core.Tokens;

namespace ServeInfra.Core.Configuration;

public static partial class StackConfigLoader
{
    private const int MaxGeneration = 1_000_000;

    private static IReadOnlyList<TokenSettings> ReadTokens(ConfigReader reader)
    {
        var items = reader.Array(ConfigKeys.Tokens);
        if (items is null)
        {
            return [TokenSettings.Default];
        }

        var tokens = new List<TokenSettings>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = new ConfigObject(reader, $"{ConfigKeys.Tokens.FullName}[{i}]", items[i]);
            if (!item.IsObject)
            {
                continue;
            }

            var name = item.RequiredString("name", TokenName(), $"lower-case letters, digits and hyphens, starting with a letter, at most {NameRules.MaxTokenNameLength} characters", "default");
            var generation = item.Int("generation", 1, 1, MaxGeneration);
            var retired = item.Int("retiredThrough", 0, 0, MaxGeneration);
            if (retired >= generation)
            {
                item.Fail("retiredThrough", retired.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    $"would retire the current generation ({generation})", $"0 to {generation - 1}; remove the token to revoke it entirely",
                    (generation - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (name is not null && tokens.Any(token => token.Name == name))
            {
                item.Fail("name", name, "is used by another token", "a unique name", name + "-2");
                continue;
            }

            if (name is not null)
            {
                tokens.Add(new TokenSettings { Name = name, Generation = generation, RetiredThrough = retired });
            }
        }

        if (!tokens.Any(token => token.Name == TokenSettings.DefaultName) && !reader.Errors.Any(e => e.Key.StartsWith(ConfigKeys.Tokens.FullName, StringComparison.Ordinal)))
        {
            reader.Fail(ConfigKeys.Tokens.FullName, items.Count == 0 ? "[]" : string.Join(", ", tokens.Select(t => t.Name)),
                $"has no token named {TokenSettings.DefaultName}", $"a list that includes {TokenSettings.DefaultName} (the stack output and docs links use it)",
                $"pulumi config set --path '{ConfigKeys.Tokens.FullName}[{items.Count}].name' {TokenSettings.DefaultName}");
        }

        return tokens;
    }

    [GeneratedRegex("^[a-z]([-a-z0-9]{0,28}[a-z0-9])?$")]
    private static partial Regex TokenName();
}
