using Pulumi;
using ServeInfra.Core.Access;

namespace ServeInfra.Components.Access;

/// <summary>
/// Resource options of every access-dependent child. Options on a component do nothing for its children's
/// replacement, so each child carries them itself.
/// </summary>
internal static class AccessOptions
{
    /// <summary>
    /// For a Kubernetes object with a fixed name: replaced when the access label changes, deleted first because
    /// the new object takes the same name.
    /// </summary>
    public static CustomResourceOptions Kubernetes(Resource parent, ProviderResource provider, params Resource[] dependsOn) => new()
    {
        Parent = parent,
        Provider = provider,
        ReplaceOnChanges = { AccessStamp.KubernetesReplacePath },
        DeleteBeforeReplace = true,
        DependsOn = dependsOn,
    };

    /// <summary>For an autonamed Kubernetes object: replaced when the access label changes; the new one can come first.</summary>
    public static CustomResourceOptions KubernetesAutonamed(Resource parent, ProviderResource provider) => new()
    {
        Parent = parent,
        Provider = provider,
        ReplaceOnChanges = { AccessStamp.KubernetesReplacePath },
    };

    /// <summary>
    /// For an autonamed GCP resource: replaced when its access label changes. <paramref name="deleteTimeout"/>: for resources
    /// GKE keeps in use until its controllers have cleaned up (see <see cref="Core.Gke.DeleteTimeouts"/>).
    /// </summary>
    public static CustomResourceOptions Gcp(Resource parent, TimeSpan? deleteTimeout = null) => new()
    {
        Parent = parent,
        ReplaceOnChanges = { AccessStamp.GcpReplacePath },
        CustomTimeouts = deleteTimeout is { } timeout ? new CustomTimeouts { Delete = timeout } : null,
    };

    /// <summary>The GCP labels that stamp the access mode.</summary>
    public static InputMap<string> GcpLabels(ClusterAccess access) => new() { { AccessStamp.GcpLabel, access.Stamp } };
}
