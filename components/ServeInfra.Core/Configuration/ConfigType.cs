namespace ServeInfra.Core.Configuration;

/// <summary>The types Pulumi's project config schema knows (<c>Pulumi.yaml</c> <c>config:</c> block).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "The members are named as Pulumi's config schema names its types.")]
public enum ConfigType
{
    /// <summary>A string.</summary>
    String,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A list; set with <c>pulumi config set --path 'key[0]' value</c>.</summary>
    Array,

    /// <summary>An object (used here only as the item type of lists).</summary>
    Object,
}
