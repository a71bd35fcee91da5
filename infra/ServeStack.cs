using Pulumi;
using ServeInfra.Components.Cloud;
using ServeInfra.Components.Cluster;
using ServeInfra.Components.Guard;
using ServeInfra.Core.Access;
using ServeInfra.Core.Configuration;
using ServeInfra.Core.Settings;

namespace ServeInfra.Infra;

/// <summary>
/// The ServeInfra program: stack config, validated in Core (all errors at once, nothing created otherwise),
/// then one <see cref="ServeCloud"/> and one <see cref="ServeCluster"/>, then the stack outputs.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "It is a Pulumi Stack; the name says so.")]
public sealed partial class ServeStack : Stack
{
    /// <summary>Reads and validates stack config, then builds the stack.</summary>
    public ServeStack()
        : this(LoadSettings(), null)
    {
    }

    /// <summary>The same program with a transformation that sees every resource and changes none (tests observe options with it).</summary>
    internal ServeStack(ResourceTransformation observer)
        : this(LoadSettings(), observer)
    {
    }

    private ServeStack(LoadResult loaded, ResourceTransformation? observer)
        : base(Options(loaded.Settings!, observer))
    {
        var settings = loaded.Settings!;
        var cloudName = settings.Cloud.Name;
        var cloud = new ServeCloud(cloudName, new ServeCloudArgs { Project = settings.Project, Settings = settings.Cloud });
        var cluster = new ServeCluster(settings.Cluster.Name, new ServeClusterArgs { Platform = cloud.Platform, Settings = settings.Cluster });
        Warnings = Warn(settings, loaded, cloud, cluster);

        UserServiceUrl = cluster.Url;
        UserServiceAccess = cluster.Access;
        Kubeconfig = cloud.Kubeconfig;
        GkeClusterName = cloud.ClusterName;
        RayClusterName = cluster.RayServiceName;
        RayNamespace = cluster.Namespace;
        (UserServiceToken, UserServiceTokens, ApiDocsUrls) = (cluster.Token, cluster.Tokens, cluster.DocsLinks);
    }

    /// <summary>
    /// Loads settings; invalid config ends the run here, before any resource exists, with every problem listed.
    /// </summary>
    private static LoadResult LoadSettings()
    {
        var loaded = StackConfigLoader.Load(StackConfigSource.Read(), Deployment.Instance.StackName);
        return loaded.IsValid ? loaded : throw new RunException(loaded.ErrorReport());
    }

    private static StackOptions Options(StackSettings settings, ResourceTransformation? observer)
    {
        var options = new StackOptions();
        if (observer is not null)
        {
            options.ResourceTransformations.Add(observer);
        }

        if (settings.Cluster.Access is PrivateAccess)
        {
            options.ResourceTransformations.Add(ExposureGuard.ForPrivateStack());
        }

        return options;
    }
}
