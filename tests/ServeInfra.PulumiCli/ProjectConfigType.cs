namespace ServeInfra.PulumiCli;

/// <summary>
/// One entry of <c>Pulumi.yaml</c>'s <c>config:</c> block after the CLI's shorthand rewrite
/// (sdk/go/common/workspace/project.go <c>ProjectConfigType</c>). <see cref="Default"/> and <see cref="Value"/> are
/// the YAML-decoded values; null means absent, as Go's <c>nil</c> does.
/// </summary>
public sealed record ProjectConfigType
{
    /// <summary>The declared type (<c>string</c>, <c>integer</c>, <c>boolean</c>, <c>array</c>, <c>object</c>), or null when untyped.</summary>
    public string? Type { get; init; }

    /// <summary>For arrays: the item type, possibly nested.</summary>
    public ProjectConfigItemsType? Items { get; init; }

    /// <summary>The declared default, or null.</summary>
    public object? Default { get; init; }

    /// <summary>The declared value (for other namespaces' keys), or null.</summary>
    public object? Value { get; init; }

    /// <summary>Whether stack values must be encrypted.</summary>
    public bool Secret { get; init; }

    /// <summary>The description shown by <c>pulumi config</c>.</summary>
    public string? Description { get; init; }
}

/// <summary>An array's item type (<c>ProjectConfigItemsType</c>).</summary>
/// <param name="Type">The item type's name.</param>
/// <param name="Items">For arrays of arrays: their item type.</param>
public sealed record ProjectConfigItemsType(string Type, ProjectConfigItemsType? Items);
