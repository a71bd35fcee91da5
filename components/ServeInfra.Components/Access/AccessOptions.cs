using Pulumi;
using ServeInfra.Core.Access;

namespace ServeInfra.Components.Access;

/// <summary>
/// Resource options of a cluster's children. Only the RayService keeps its URN across access modes, so only it
/// carries a replace trigger; each endpoint's children live under a mode-specific component, so an access change
/// deletes one endpoint's children and creates the other's (pulumi/pulumi v3.259.0 <c>step_generator.go</c>: resources
/// are matched by URN), and a <c>ReplaceOnChanges</c> on them could never fire.
/// </summary>
internal static class AccessOptions
{
    /// <summary>
    /// For the RayService: replaced when the access label changes (the preview shows the label's change as the
    /// reason), deleted first because its successor takes the same name. Options set on a component do nothing
    /// for its children's replacement, so the child carries them itself.
    /// </summary>
    public static CustomResourceOptions RayService(Resource parent, ProviderResource provider, params Resource[] dependsOn) => new()
    {
        Parent = parent,
        Provider = provider,
        ReplaceOnChanges = { AccessStamp.KubernetesReplacePath },
        DeleteBeforeReplace = true,
        DependsOn = dependsOn,
    };

    /// <summary>
    /// For a Kubernetes object with a fixed name: when the provider must replace it (an immutable field changed),
    /// the old object goes first, since pulumi-kubernetes (4.29 and later) refuses to create a name that exists.
    /// </summary>
    public static CustomResourceOptions Named(Resource parent, ProviderResource provider, params Resource[] dependsOn) => new()
    {
        Parent = parent,
        Provider = provider,
        DeleteBeforeReplace = true,
        DependsOn = dependsOn,
    };

    /// <summary>For an autonamed Kubernetes object: a replacement can be created before the old one goes.</summary>
    public static CustomResourceOptions Autonamed(Resource parent, ProviderResource provider) => new()
    {
        Parent = parent,
        Provider = provider,
    };

    /// <summary>The GCP labels that stamp the access mode (for people and billing reports; nothing is triggered by them).</summary>
    public static InputMap<string> GcpLabels(ClusterAccess access) => new() { { AccessStamp.GcpLabel, access.Stamp } };
}
