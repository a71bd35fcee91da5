using ServeInfra.Components.Cloud;
using ServeInfra.Core.Access;
using ServeInfra.Core.Serve;
using Meta = Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using Net = Pulumi.Kubernetes.Types.Inputs.Networking.V1;

namespace ServeInfra.Components.Access;

/// <summary>
/// The NetworkPolicy on a public cluster's Ray pods: Serve's port only from the gateway (and the KubeRay operator's
/// health check); Ray's own ports from the cluster's pods and the operator. Everything else in the GKE cluster is refused.
/// </summary>
internal static class ServeNetworkPolicy
{
    // The Ray dashboard (Serve's REST API), the dashboard agent, and Serve's port: the operator checks each pod's
    // proxy at /-/healthz and only labels healthy ones ray.io/serve=true, which is what the Serve Services select.
    private static readonly int[] OperatorPorts = [8265, 52365, ServeConfigRenderer.HttpPort];

    public static Net.NetworkPolicySpecArgs Spec(EndpointContext context, Dictionary<string, string> gatewayLabels)
    {
        var rayPods = new Meta.LabelSelectorArgs { MatchLabels = { { AccessStamp.ClusterLabel, context.Settings.Name }, { "ray.io/is-ray-node", "yes" } } };
        return new Net.NetworkPolicySpecArgs
        {
            PodSelector = rayPods,
            PolicyTypes = { "Ingress" },
            Ingress =
            {
                new Net.NetworkPolicyIngressRuleArgs
                {
                    From = { new Net.NetworkPolicyPeerArgs { PodSelector = new Meta.LabelSelectorArgs { MatchLabels = gatewayLabels } } },
                    Ports = { new Net.NetworkPolicyPortArgs { Protocol = "TCP", Port = ServeConfigRenderer.HttpPort } },
                },
                // Head and workers talk to each other on many ports (GCS, object manager, workers).
                new Net.NetworkPolicyIngressRuleArgs { From = { new Net.NetworkPolicyPeerArgs { PodSelector = rayPods } } },
                new Net.NetworkPolicyIngressRuleArgs
                {
                    From =
                    {
                        new Net.NetworkPolicyPeerArgs
                        {
                            NamespaceSelector = new Meta.LabelSelectorArgs { MatchLabels = { { "kubernetes.io/metadata.name", ServeCloud.OperatorNamespace } } },
                        },
                    },
                    Ports = OperatorPorts.Select(port => new Net.NetworkPolicyPortArgs { Protocol = "TCP", Port = port }).ToList(),
                },
            },
        };
    }
}
