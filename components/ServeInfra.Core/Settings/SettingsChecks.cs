using System.Globalization;
using ServeInfra.Core.Configuration;

namespace ServeInfra.Core.Settings;

/// <summary>
/// Collects the problems of one <c>Validate()</c> call. Ranges and allowed values come from the <see cref="ConfigKey"/>
/// that sets the value, so config docs, loader and records state one rule.
/// </summary>
internal sealed class SettingsChecks
{
    /// <summary>What is wrong with an item's whole number, whether it did not parse or is outside its range.</summary>
    public const string NotWholeNumberInRange = "is not a whole number in range";

    private readonly List<SettingsProblem> _problems = [];

    public IReadOnlyList<SettingsProblem> Problems => _problems;

    public int Count => _problems.Count;

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    public void Add(SettingsProblem problem) => _problems.Add(problem);

    /// <summary>A problem with a value a whole key sets; the fix sets the key to its example.</summary>
    public void Fail(string setting, ConfigKey key, string? value, string problem, string allowed) =>
        _problems.Add(new SettingsProblem(setting, key.FullName, value, problem, allowed, key.FixCommand));

    /// <summary>A problem with a field of a list item (<paramref name="item"/> is its key path, or null without one); the fix sets the field.</summary>
    public void FailItem(string setting, string? item, string field, string? value, string problem, string allowed, string example)
    {
        var key = item is null ? null : $"{item}.{field}";
        _problems.Add(new SettingsProblem(setting, key, value, problem, allowed, key is null ? null : $"pulumi config set --path '{key}' {example}"));
    }

    /// <summary>A required value that is null: a record built in code left it out.</summary>
    public bool NotNull(string setting, ConfigKey key, object? value)
    {
        if (value is null)
        {
            Fail(setting, key, null, "is not set", key.AllowedText ?? "a value such as " + key.Example);
        }

        return value is not null;
    }

    /// <summary>Whether <paramref name="value"/> is within the key's <see cref="ConfigKey.Range"/>; reports it when not.</summary>
    public bool InRange(string setting, ConfigKey key, int value)
    {
        var (min, max) = key.Range ?? throw new ArgumentException($"{key.FullName} declares no range.", nameof(key));
        var ok = value >= min && value <= max;
        if (!ok)
        {
            Fail(setting, key, Text(value), "is out of range", key.AllowedText!);
        }

        return ok;
    }

    /// <summary>
    /// The cross-check of a lower and an upper bound, made only when both are in their ranges: one bad value is one
    /// problem, not a second one about the pair.
    /// </summary>
    public void MinMax(string minSetting, ConfigKey minKey, int min, string maxSetting, ConfigKey maxKey, int max)
    {
        if (InRange(minSetting, minKey, min) & InRange(maxSetting, maxKey, max) && max < min)
        {
            Fail(maxSetting, maxKey, Text(max), $"is below {minKey.FullName} ({Text(min)})", $"a number from {Text(Math.Max(1, min))} to {Text(maxKey.Range!.Value.Max)}");
        }
    }

    /// <summary>Whether an item's whole number is within <paramref name="range"/>; reports it when not.</summary>
    public bool ItemInRange(string setting, string? item, string field, int value, (int Min, int Max) range)
    {
        var ok = value >= range.Min && value <= range.Max;
        if (!ok)
        {
            FailItem(setting, item, field, Text(value), NotWholeNumberInRange, RangeText(range), Text(range.Min));
        }

        return ok;
    }

    public static string RangeText((int Min, int Max) range) => $"{Text(range.Min)} to {Text(range.Max)}";
}
