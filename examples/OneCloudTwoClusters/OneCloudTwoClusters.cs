using Pulumi;
using ServeInfra.Components.Cloud;
using ServeInfra.Components.Cluster;
using ServeInfra.Components.Guard;
using ServeInfra.Core.Access;
using ServeInfra.Core.Configuration;
using ServeInfra.Core.Naming;
using ServeInfra.Core.Settings;

namespace ServeInfra.Examples;

/// <summary>
/// One <see cref="ServeCloud"/> with two Ray Serve clusters on it, built through the components' public API: <c>api</c>,
/// public (HTTPS, every request carries its token), and <c>internal</c>, private (reachable from the VPC only). Every
/// setting not written here is its record's default.
/// </summary>
public sealed class OneCloudTwoClusters
{
    private const string DomainKey = "domain";

    private OneCloudTwoClusters(ServeCloud cloud, ServeCluster api, ServeCluster internalCluster)
    {
        Cloud = cloud;
        Api = api;
        Internal = internalCluster;
    }

    /// <summary>The shared network, GKE cluster and KubeRay operator.</summary>
    public ServeCloud Cloud { get; }

    /// <summary>The public cluster, <c>api</c>.</summary>
    public ServeCluster Api { get; }

    /// <summary>The private cluster, <c>internal</c>.</summary>
    public ServeCluster Internal { get; }

    /// <summary>
    /// Builds the stack from its config: <c>gcp:project</c> (required) and <c>serveinfra-example:domain</c> (optional).
    /// A bad domain stops the run before anything is created.
    /// </summary>
    public static OneCloudTwoClusters Create()
    {
        var project = new Config("gcp").Require("project");
        var apiAccess = ApiAccess(new Config().Get(DomainKey));

        // The cloud's name prefixes its GCP resources, so it is unique per project and stack.
        var cloudName = NameRules.DefaultCloudName($"example-{Deployment.Instance.StackName}");
        var cloud = new ServeCloud(cloudName, new ServeCloudArgs
        {
            Project = project,
            // A real stack also narrows AuthorizedNetworks (default: anywhere) to its workstations and CI runners.
            Settings = new CloudSettings { Name = cloudName },
        });

        var api = new ServeCluster("api", new ServeClusterArgs
        {
            Platform = cloud.Platform,
            Settings = new ClusterSettings { Name = "api", Access = apiAccess },
        });

        // The guard refuses anything internet-facing under this cluster, whoever adds it; the public cluster is outside its reach.
        var internalCluster = new ServeCluster("internal", new ServeClusterArgs
        {
            Platform = cloud.Platform,
            Settings = new ClusterSettings { Name = "internal", Access = new PrivateAccess() },
        }, new ComponentResourceOptions { ResourceTransformations = { ExposureGuard.ForPrivateStack() } });

        return new OneCloudTwoClusters(cloud, api, internalCluster);
    }

    /// <summary>The stack outputs, per cluster. Pulumi leaves out null values, so the private cluster has no token output.</summary>
    public Dictionary<string, object?> Outputs() => new()
    {
        ["api_url"] = Api.Url,
        ["api_token"] = Api.Token,
        ["api_docs_urls"] = Api.DocsLinks,
        ["api_namespace"] = Api.Namespace,
        ["internal_url"] = Internal.Url,
        ["internal_namespace"] = Internal.Namespace,
        ["gke_cluster_name"] = Cloud.ClusterName,
        ["kubeconfig"] = Cloud.Kubeconfig,
    };

    // Pulumi.yaml declares the key with an empty default, so "not set" arrives as "".
    // The settings check themselves; the example only words their problems for its own config key.
    private static PublicAccess ApiAccess(string? domain)
    {
        var access = new PublicAccess { Domain = string.IsNullOrEmpty(domain) ? null : domain };
        var problems = access.Validate()
            .Select(problem => new ConfigError($"{Deployment.Instance.ProjectName}:{DomainKey}", problem.Value, problem.Problem, problem.Allowed,
                $"pulumi config set {DomainKey} serve.example.com"))
            .ToList();
        return problems.Count == 0 ? access : throw new RunException(string.Join(Environment.NewLine, problems));
    }
}
