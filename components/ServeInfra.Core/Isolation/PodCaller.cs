namespace ServeInfra.Core.Isolation;

/// <summary>A pod of the GKE cluster, known by its labels and its namespace's labels.</summary>
public sealed record PodCaller : Caller
{
    /// <summary>The pod's labels.</summary>
    public required IReadOnlyDictionary<string, string> PodLabels { get; init; }

    /// <summary>Its namespace's labels (<c>kubernetes.io/metadata.name</c> included).</summary>
    public required IReadOnlyDictionary<string, string> NamespaceLabels { get; init; }

    /// <summary>Whether it runs in the namespace of the policy being evaluated.</summary>
    public required bool InPolicyNamespace { get; init; }
}
