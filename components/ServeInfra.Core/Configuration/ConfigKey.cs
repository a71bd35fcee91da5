namespace ServeInfra.Core.Configuration;

/// <summary>One stack config key of the <c>serveinfra</c> namespace, as documented in <c>Pulumi.yaml</c>.</summary>
/// <param name="Name">The key without its namespace, e.g. <c>access</c>.</param>
/// <param name="Type">Its Pulumi config type.</param>
/// <param name="Default">Its default as YAML text (<c>Pulumi.yaml</c> spelling), or null when the default is derived in code.</param>
/// <param name="Example">A valid value, used in the <c>pulumi config set</c> command of error messages.</param>
/// <param name="Description">What it does, its unit, and whether changing it replaces something.</param>
/// <param name="ItemField">For lists of objects: the field the fix command sets on the first item (its <c>name</c>).</param>
public sealed record ConfigKey(string Name, ConfigType Type, string? Default, string Example, string Description, string? ItemField = null)
{
    /// <summary>The project's config namespace (the project name in <c>Pulumi.yaml</c>).</summary>
    public const string Namespace = "serveinfra";

    /// <summary>The key with its namespace, e.g. <c>serveinfra:access</c>.</summary>
    public string FullName => $"{Namespace}:{Name}";

    /// <summary>The command that sets this key to its example value.</summary>
    public string FixCommand => Type == ConfigType.Array
        ? $"pulumi config set --path '{FullName}[0]{(ItemField is null ? "" : "." + ItemField)}' {Example}"
        : $"pulumi config set {FullName} {Example}";
}
