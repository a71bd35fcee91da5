namespace ServeInfra.Core.Isolation;

/// <summary>One ingress rule: these peers, on these TCP ports.</summary>
public sealed record IngressRule
{
    /// <summary>Why the rule exists; it becomes part of the reviewer's picture, never of the resource.</summary>
    public required string Why { get; init; }

    /// <summary>The admitted peers (any one of them).</summary>
    public required IReadOnlyList<PolicyPeer> From { get; init; }

    /// <summary>The admitted TCP ports. Null: every port (Kubernetes: a rule without <c>ports</c>).</summary>
    public IReadOnlyList<int>? Ports { get; init; }

    /// <summary>True when the rule admits <paramref name="caller"/> on <paramref name="port"/>.</summary>
    public bool Admits(Caller caller, int port) =>
        (Ports is null || Ports.Contains(port)) && From.Any(peer => peer.Matches(caller));
}
