using Pulumi;
using ServeInfra.Core.Isolation;
using K8s = Pulumi.Kubernetes;
using Meta = Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using Net = Pulumi.Kubernetes.Types.Inputs.Networking.V1;

namespace ServeInfra.Components.Access;

/// <summary>Maps Core's <see cref="IngressPolicy"/> onto a NetworkPolicy, one peer and port for one.</summary>
internal static class NetworkPolicies
{
    /// <summary>The NetworkPolicy of <paramref name="policy"/> in the cluster's namespace, replaced when the access mode changes.</summary>
    public static K8s.Networking.V1.NetworkPolicy Create(
        string resourceName, IngressPolicy policy, Input<string> ns, InputMap<string> labels, CustomResourceOptions options) =>
        new(resourceName, new K8s.Types.Inputs.Networking.V1.NetworkPolicyArgs
        {
            Metadata = new Meta.ObjectMetaArgs { Name = policy.Name, Namespace = ns, Labels = labels },
            Spec = Spec(policy),
        }, options);

    /// <summary>The spec: Ingress only (egress stays open: Ray pulls packages and models, the gateway calls Serve).</summary>
    public static Net.NetworkPolicySpecArgs Spec(IngressPolicy policy) => new()
    {
        PodSelector = Selector(policy.PodSelector),
        PolicyTypes = { "Ingress" },
        Ingress = policy.Rules.Select(Rule).ToList(),
    };

    private static Net.NetworkPolicyIngressRuleArgs Rule(IngressRule rule)
    {
        var args = new Net.NetworkPolicyIngressRuleArgs { From = rule.From.Select(Peer).ToList() };
        if (rule.Ports is { } ports)
        {
            args.Ports = ports.Select(port => new Net.NetworkPolicyPortArgs { Protocol = "TCP", Port = port }).ToList();
        }

        return args;
    }

    private static Net.NetworkPolicyPeerArgs Peer(PolicyPeer peer) => peer switch
    {
        RangePeer range => new Net.NetworkPolicyPeerArgs { IpBlock = new Net.IPBlockArgs { Cidr = range.Range.ToString() } },
        // A namespace selector, even an empty one, widens the pod selector beyond the policy's own namespace.
        PodPeer { NamespaceLabels: null } pods => new Net.NetworkPolicyPeerArgs { PodSelector = Selector(pods.PodLabels) },
        PodPeer pods => new Net.NetworkPolicyPeerArgs { PodSelector = Selector(pods.PodLabels), NamespaceSelector = Selector(pods.NamespaceLabels) },
        _ => throw new ArgumentOutOfRangeException(nameof(peer), peer, "Unknown policy peer."),
    };

    // An empty selector selects everything and is sent as {}: a missing one would mean something else.
    private static Meta.LabelSelectorArgs Selector(IReadOnlyDictionary<string, string> labels) =>
        labels.Count == 0 ? new Meta.LabelSelectorArgs() : new Meta.LabelSelectorArgs { MatchLabels = labels.ToDictionary() };
}
