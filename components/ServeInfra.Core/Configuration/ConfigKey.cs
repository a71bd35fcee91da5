using System.Globalization;

namespace ServeInfra.Core.Configuration;

/// <summary>
/// One stack config key of the <c>serveinfra</c> namespace: the one place its name, type, default, allowed
/// values and description live. <c>Pulumi.yaml</c> and the README's table are generated from it
/// (<see cref="ConfigDocs"/>), and the loader reads and checks values with it.
/// </summary>
/// <param name="Name">The key without its namespace, e.g. <c>access</c>.</param>
/// <param name="Type">Its Pulumi config type.</param>
/// <param name="Default">Its declared default. An empty string stands for a value derived in code (the summary says how).</param>
/// <param name="Example">A valid value, used in the <c>pulumi config set</c> command of error messages.</param>
/// <param name="Summary">What it does, its unit, and whether changing it replaces something.</param>
public sealed record ConfigKey(string Name, ConfigType Type, ConfigDefault Default, string Example, string Summary)
{
    /// <summary>The project's config namespace (the project name in <c>Pulumi.yaml</c>).</summary>
    public const string Namespace = "serveinfra";

    /// <summary>For lists: the type of their items (<see cref="ConfigType.String"/> or <see cref="ConfigType.Object"/>).</summary>
    public ConfigType? ItemType { get; init; }

    /// <summary>For lists of objects: the field the fix command sets on the first item (its <c>name</c>).</summary>
    public string? ItemField { get; init; }

    /// <summary>For integers: the smallest and largest value accepted.</summary>
    public (int Min, int Max)? Range { get; init; }

    /// <summary>For strings with a closed set of values: every value accepted, exactly as spelt.</summary>
    public IReadOnlyList<string>? Allowed { get; init; }

    /// <summary>The key with its namespace, e.g. <c>serveinfra:access</c>.</summary>
    public string FullName => $"{Namespace}:{Name}";

    /// <summary>What is accepted, when the key restricts it: a range or a list of values.</summary>
    public string? AllowedText => (Range, Allowed) switch
    {
        ({ } range, _) => string.Create(CultureInfo.InvariantCulture, $"{range.Min} to {range.Max}"),
        (_, { Count: > 0 } values) => string.Join(", ", values.SkipLast(1)) + (values.Count > 1 ? " or " : "") + values[^1],
        _ => null,
    };

    /// <summary>The full description, as <c>Pulumi.yaml</c> and the README show it.</summary>
    public string Description => AllowedText is { } allowed ? $"{Summary} Allowed: {allowed}." : Summary;

    /// <summary>The command that sets this key to its example value.</summary>
    public string FixCommand => Type == ConfigType.Array
        ? $"pulumi config set --path '{FullName}[0]{(ItemField is null ? "" : "." + ItemField)}' {Example}"
        : $"pulumi config set {FullName} {Example}";
}
