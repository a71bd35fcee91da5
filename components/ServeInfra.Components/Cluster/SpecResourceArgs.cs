using Pulumi;
using K8s = Pulumi.Kubernetes;

namespace ServeInfra.Components.Cluster;

/// <summary>
/// Args for a custom resource that has a <c>spec</c> (RayService, BackendConfig, FrontendConfig,
/// ManagedCertificate): the spec is built in Core as plain dictionaries.
/// </summary>
internal sealed class SpecResourceArgs : K8s.ApiExtensions.CustomResourceArgs
{
    public SpecResourceArgs(string apiVersion, string kind)
        : base(apiVersion, kind)
    {
    }

    /// <summary>The object's spec.</summary>
    [Input("spec")]
    public InputMap<object> Spec { get; set; } = new();
}
