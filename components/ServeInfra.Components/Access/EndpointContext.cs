using Pulumi;
using ServeInfra.Components.Cluster;
using ServeInfra.Core.Naming;
using ServeInfra.Core.Settings;

namespace ServeInfra.Components.Access;

/// <summary>What an endpoint needs from its cluster: where it runs, what it is called, what it fronts.</summary>
/// <param name="Platform">The GKE cluster it runs on (provider, network, region).</param>
/// <param name="Settings">The cluster's settings.</param>
/// <param name="Names">The cluster's Kubernetes names.</param>
/// <param name="Labels">The labels every access-dependent object carries (including the access stamp).</param>
/// <param name="Namespace">The cluster's namespace, once it exists.</param>
internal sealed record EndpointContext(
    ClusterPlatform Platform,
    ClusterSettings Settings,
    ClusterNames Names,
    IReadOnlyDictionary<string, string> Labels,
    Output<string> Namespace)
{
    /// <summary>The labels as a Pulumi input map.</summary>
    public InputMap<string> LabelInputs() => Labels.ToDictionary();
}
