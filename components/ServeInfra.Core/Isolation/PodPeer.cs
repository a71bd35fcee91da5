namespace ServeInfra.Core.Isolation;

/// <summary>Pods picked by their labels, in the policy's own namespace or in namespaces picked by theirs.</summary>
public sealed record PodPeer : PolicyPeer
{
    /// <summary>Labels a pod must carry (all of them). Empty: every pod.</summary>
    public required IReadOnlyDictionary<string, string> PodLabels { get; init; }

    /// <summary>
    /// Labels the pod's namespace must carry. Null: only the policy's own namespace. Empty: every namespace.
    /// </summary>
    public IReadOnlyDictionary<string, string>? NamespaceLabels { get; init; }

    /// <inheritdoc />
    public override bool Matches(Caller caller) => caller switch
    {
        PodCaller pod => Carries(pod.PodLabels, PodLabels)
            && (NamespaceLabels is null ? pod.InPolicyNamespace : Carries(pod.NamespaceLabels, NamespaceLabels)),
        _ => false,
    };

    private static bool Carries(IReadOnlyDictionary<string, string> labels, IReadOnlyDictionary<string, string> required) =>
        required.All(pair => labels.TryGetValue(pair.Key, out var value) && value == pair.Value);
}
