using System.Collections.Immutable;
using System.Globalization;
using Pulumi.Testing;
using ServeInfra.Core.Isolation;
using ServeInfra.Core.Networking;

namespace ServeInfra.Tests.Support;

/// <summary>
/// Reads the NetworkPolicies a run registered back into Core's model, so that the tests can ask the registered objects,
/// not the renderer, what they admit.
/// </summary>
public static class RegisteredPolicies
{
    public static IReadOnlyList<IngressPolicy> Of(MockRun run) =>
        run.Mocks.Registered.Where(r => r.Type == "kubernetes:networking.k8s.io/v1:NetworkPolicy").Select(Read).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();

    /// <summary>One line per rule, for comparing policies by content: who, which ports.</summary>
    public static IEnumerable<string> Describe(IngressPolicy policy) =>
        policy.Rules.Select(rule => $"{policy.Name} [{Labels(policy.PodSelector)}] <- {string.Join(" | ", rule.From.Select(Describe))} on {(rule.Ports is null ? "all ports" : string.Join(",", rule.Ports))}");

    private static IngressPolicy Read(MockResourceArgs args)
    {
        var spec = Map(args.Inputs["spec"]);
        Assert.Equal(["Ingress"], List(spec["policyTypes"]).Cast<string>());
        return new IngressPolicy
        {
            Name = (string)Map(args.Inputs["metadata"])["name"],
            PodSelector = Selector(spec["podSelector"]),
            Rules = List(spec["ingress"]).Select(rule => Map(rule)).Select(rule => new IngressRule
            {
                Why = "registered",
                From = List(rule["from"]).Select(peer => Peer(Map(peer))).ToList(),
                Ports = rule.TryGetValue("ports", out var ports) ? List(ports).Select(port => Port(Map(port))).ToList() : null,
            }).ToList(),
        };
    }

    private static PolicyPeer Peer(ImmutableDictionary<string, object> peer) =>
        peer.TryGetValue("ipBlock", out var block)
            ? new RangePeer(Ipv4Cidr.Parse((string)Map(block)["cidr"]))
            : new PodPeer
            {
                PodLabels = Selector(peer["podSelector"]),
                NamespaceLabels = peer.TryGetValue("namespaceSelector", out var ns) ? Selector(ns) : null,
            };

    private static int Port(ImmutableDictionary<string, object> port)
    {
        Assert.Equal("TCP", port["protocol"]);
        return Convert.ToInt32(port["port"], CultureInfo.InvariantCulture);
    }

    private static IReadOnlyDictionary<string, string> Selector(object selector) =>
        Map(selector).TryGetValue("matchLabels", out var labels) ? Map(labels).ToDictionary(p => p.Key, p => (string)p.Value) : new Dictionary<string, string>();

    private static string Describe(PolicyPeer peer) => peer switch
    {
        RangePeer range => $"range {range.Range}",
        PodPeer pods => $"pods [{Labels(pods.PodLabels)}]" + (pods.NamespaceLabels is null ? "" : $" in namespaces [{Labels(pods.NamespaceLabels)}]"),
        _ => throw new ArgumentOutOfRangeException(nameof(peer)),
    };

    private static string Labels(IReadOnlyDictionary<string, string> labels) =>
        string.Join(",", labels.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));

    private static ImmutableDictionary<string, object> Map(object value) => (ImmutableDictionary<string, object>)value;

    private static ImmutableArray<object> List(object value) => (ImmutableArray<object>)value;
}
