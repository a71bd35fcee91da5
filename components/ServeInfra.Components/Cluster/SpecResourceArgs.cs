using Pulumi;
using K8s = Pulumi.Kubernetes;

namespace ServeInfra.Components.Cluster;

/// <summary>
/// Args for a custom resource that has a <c>spec</c> (RayService, BackendConfig, FrontendConfig,
/// ManagedCertificate): the spec is built in Core as plain dictionaries. Public, so that the private stack's exposure
/// guard also reads a RayService another stack declares with it.
/// </summary>
public sealed class SpecResourceArgs : K8s.ApiExtensions.CustomResourceArgs
{
    /// <summary>Args for a custom resource of <paramref name="apiVersion"/> and <paramref name="kind"/>.</summary>
    public SpecResourceArgs(string apiVersion, string kind)
        : base(apiVersion, kind)
    {
    }

    /// <summary>The resource's <c>spec</c>; values may be outputs.</summary>
    [Input("spec")]
    public InputMap<object> Spec { get; set; } = new();
}
