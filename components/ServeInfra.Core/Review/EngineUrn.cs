namespace ServeInfra.Core.Review;

/// <summary>
/// A resource's URN as the Pulumi engine forms it: <c>urn:pulumi:&lt;stack&gt;::&lt;project&gt;::&lt;type chain&gt;::&lt;name&gt;</c>,
/// where the type chain is the parent's whole qualified type, then <c>$</c>, then the resource's type; the root stack's
/// type is left out (pulumi/pulumi v3.259.0 <c>pkg/resource/deploy/deployment.go</c> <c>generateURN</c>,
/// <c>sdk/go/common/resource/urn/urn.go</c> <c>New</c>). The engine matches old and new resources by it, so a child
/// moved under another component is another resource.
/// </summary>
public static class EngineUrn
{
    /// <summary>The type of the root stack resource, which never appears in a child's type chain.</summary>
    public const string RootStackType = "pulumi:pulumi:Stack";

    /// <summary>The qualified type of a resource: its parent's qualified type (if any, and not the root stack), <c>$</c>, its type.</summary>
    public static string QualifiedType(string? parentQualifiedType, string type) =>
        string.IsNullOrEmpty(parentQualifiedType) || parentQualifiedType == RootStackType ? type : $"{parentQualifiedType}${type}";

    /// <summary>The URN.</summary>
    public static string Of(string stack, string project, string qualifiedType, string name) =>
        $"urn:pulumi:{stack}::{project}::{qualifiedType}::{name}";
}
