namespace ServeInfra.Core.Isolation;

/// <summary>
/// A Kubernetes NetworkPolicy of type Ingress as plain data: the pods it isolates and the rules that let callers in.
/// Once a pod is selected by any Ingress policy, everything no rule admits is dropped (apart from the kubelet's
/// probes from the pod's own node, which Kubernetes always lets through).
/// </summary>
public sealed record IngressPolicy
{
    /// <summary>The object's name, unique in the cluster's namespace.</summary>
    public required string Name { get; init; }

    /// <summary>The labels of the pods it isolates (all of them must be present).</summary>
    public required IReadOnlyDictionary<string, string> PodSelector { get; init; }

    /// <summary>The rules; a connection is admitted when any rule admits it.</summary>
    public required IReadOnlyList<IngressRule> Rules { get; init; }

    /// <summary>True when the policy isolates a pod with <paramref name="podLabels"/>.</summary>
    public bool Selects(IReadOnlyDictionary<string, string> podLabels)
    {
        ArgumentNullException.ThrowIfNull(podLabels);
        return PodSelector.All(pair => podLabels.TryGetValue(pair.Key, out var value) && value == pair.Value);
    }

    /// <summary>True when a selected pod accepts a connection from <paramref name="caller"/> on TCP <paramref name="port"/>.</summary>
    public bool Admits(Caller caller, int port)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return Rules.Any(rule => rule.Admits(caller, port));
    }
}
