namespace ServeInfra.Core.Ray;

/// <summary>A PodDisruptionBudget as plain data.</summary>
public sealed record DisruptionBudget
{
    /// <summary>The object's name, unique in the cluster's namespace.</summary>
    public required string Name { get; init; }

    /// <summary>The labels of the pods it covers (all must be present). The budgets of one cluster never overlap.</summary>
    public required IReadOnlyDictionary<string, string> Selector { get; init; }

    /// <summary>
    /// How many selected pods must stay Ready through a voluntary eviction. An integer <c>minAvailable</c> is the only
    /// form Kubernetes accepts for pods whose owner has no <c>scale</c> subresource, and a RayCluster has none.
    /// </summary>
    public required int MinAvailable { get; init; }

    /// <summary>Why the budget has this value.</summary>
    public required string Why { get; init; }
}
