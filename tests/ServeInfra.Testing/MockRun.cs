using System.Collections.Immutable;
using Pulumi;
using Pulumi.Testing;
using ServeInfra.Components.Cloud;
using ServeInfra.Components.Cluster;
using ServeInfra.Core.Settings;

namespace ServeInfra.Tests.Support;

/// <summary>One program run under the mock engine, with every resource's options recorded.</summary>
public sealed record MockRun(ImmutableArray<Resource> Resources, IReadOnlyList<Recorded> Seen, ServeMocks Mocks)
{
    public IEnumerable<Recorded> OfType(string type) => Seen.Where(r => r.Type == type);

    public Recorded One(string type, string name) => Assert.Single(Seen, r => r.Type == type && r.Name == name);

    public T Component<T>() where T : Resource => Resources.OfType<T>().Single();

    /// <summary>The resources a resource was told to wait for (its <c>DependsOn</c> option).</summary>
    public async Task<ImmutableArray<Resource>> DependsOn(string type, string name) =>
        await OutputValues.Value(One(type, name).Options.DependsOn.ToOutput());

    /// <summary>Builds a cloud and the given clusters on it.</summary>
    public static Task<MockRun> Of(bool preview, StackSettings settings, params ClusterSettings[] extraClusters) =>
        Of(preview, new ServeCloudArgs { Project = settings.Project, Settings = settings.Cloud }, [settings.Cluster, .. extraClusters]);

    /// <summary>Builds a cloud from <paramref name="cloudArgs"/> and the given clusters on it.</summary>
    public static async Task<MockRun> Of(bool preview, ServeCloudArgs cloudArgs, IReadOnlyList<ClusterSettings> clusters)
    {
        var mocks = new ServeMocks();
        var recorder = new OptionsRecorder();
        var resources = await Deployment.TestAsync(mocks, new TestOptions { IsPreview = preview, StackName = "dev", ProjectName = "serveinfra" }, () =>
        {
            var options = new ComponentResourceOptions { ResourceTransformations = { recorder.Transformation } };
            var cloud = new ServeCloud(cloudArgs.Settings.Name, cloudArgs, options);
            foreach (var cluster in clusters)
            {
                _ = new ServeCluster(cluster.Name, new ServeClusterArgs { Platform = cloud.Platform, Settings = cluster }, options);
            }
        });
        return new MockRun(resources, recorder.Seen, mocks);
    }
}
