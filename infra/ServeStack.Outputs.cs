using System.Collections.Immutable;
using Pulumi;
using ServeInfra.Components.Cloud;
using ServeInfra.Components.Cluster;
using ServeInfra.Core.Configuration;
using ServeInfra.Core.Review;
using ServeInfra.Core.Settings;

namespace ServeInfra.Infra;

public sealed partial class ServeStack
{
    /// <summary>The URL clients call: <c>http://&lt;internal-ip&gt;/</c> (private) or <c>https://&lt;host&gt;/</c> (public).</summary>
    [Output("user_service_url")]
    public Output<string> UserServiceUrl { get; private set; }

    /// <summary>The access mode: <c>private</c> or <c>public</c>.</summary>
    [Output("user_service_access")]
    public Output<string> UserServiceAccess { get; private set; }

    /// <summary>
    /// The <c>default</c> token (secret). Public clusters only: a private stack's value is null, and Pulumi omits
    /// null outputs, so the stack has no such output at all.
    /// </summary>
    [Output("user_service_token")]
    public Output<string?> UserServiceToken { get; private set; }

    /// <summary>Every named token's current value (secret). Public clusters only, like <see cref="UserServiceToken"/>.</summary>
    [Output("user_service_tokens")]
    public Output<ImmutableDictionary<string, string>?> UserServiceTokens { get; private set; }

    /// <summary>One API-docs link per application (secret: they carry the default token). Public clusters only.</summary>
    [Output("api_docs_urls")]
    public Output<ImmutableDictionary<string, string>?> ApiDocsUrls { get; private set; }

    /// <summary>A kubeconfig for the GKE cluster (secret).</summary>
    [Output("kubeconfig")]
    public Output<string> Kubeconfig { get; private set; }

    /// <summary>The GKE cluster's name.</summary>
    [Output("gke_cluster_name")]
    public Output<string> GkeClusterName { get; private set; }

    /// <summary>The RayService's name.</summary>
    [Output("ray_cluster_name")]
    public Output<string> RayClusterName { get; private set; }

    /// <summary>The cluster's Kubernetes namespace.</summary>
    [Output("ray_namespace")]
    public Output<string> RayNamespace { get; private set; }

    /// <summary>The warnings this run logged, each with the component it is attached to (for tests and tooling).</summary>
    internal IReadOnlyList<(string Message, Resource Subject)> Warnings { get; private set; } = [];

    private static List<(string Message, Resource Subject)> Warn(StackSettings settings, LoadResult loaded, ServeCloud cloud, ServeCluster cluster)
    {
        var warnings = PreviewWarnings.ForCloud(settings.Cloud, Deployment.Instance.StackName).Select(w => (w.Message, (Resource)cloud))
            .Concat(PreviewWarnings.ForCluster(settings.Cluster, settings.Cloud.Network, loaded.Ignored).Select(w => (w.Message, (Resource)cluster)))
            .ToList();
        foreach (var (message, subject) in warnings)
        {
            Log.Warn(message, subject);
        }

        return warnings;
    }
}
