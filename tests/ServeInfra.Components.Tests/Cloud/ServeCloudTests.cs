using System.Collections.Immutable;
using ServeInfra.Components.Cloud;
using ServeInfra.Tests.Support;

namespace ServeInfra.Components.Tests.Cloud;

public class ServeCloudTests
{
    private static async Task<List<string>> CloudShape(string access)
    {
        var run = await MockRun.Of(false, TestSettings.Load(("access", access)));
        var cloudNames = run.Seen.Where(r => r.Name.StartsWith("serve-dev", StringComparison.Ordinal)).Select(r => r.Name).ToHashSet();
        return run.Mocks.Registered.Where(r => cloudNames.Contains(r.Name!))
            .Select(r => $"{r.Type} {r.Name} {string.Join(";", r.Inputs.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={Render(p.Value)}"))}")
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string Render(object value) => value switch
    {
        ImmutableDictionary<string, object> map => "{" + string.Join(",", map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}:{Render(p.Value)}")) + "}",
        ImmutableArray<object> list => "[" + string.Join(",", list.Select(Render)) + "]",
        _ => value.ToString() ?? "",
    };

    [Fact]
    public async Task The_cloud_is_identical_for_both_access_modes()
    {
        var privateCloud = await CloudShape("private");
        var publicCloud = await CloudShape("public");

        Assert.True(privateCloud.Count >= 12, $"only {privateCloud.Count} cloud resources");
        Assert.Equal(privateCloud, publicCloud);
    }

    [Fact]
    public async Task The_gke_cluster_has_the_safer_cluster_defaults()
    {
        var run = await MockRun.Of(false, TestSettings.Load(("authorizedNetworks", "[\"203.0.113.0/24\"]")));

        var cluster = run.Mocks.Registered.Single(r => r.Type == "gcp:container/cluster:Cluster").Inputs;
        var privateConfig = (ImmutableDictionary<string, object>)cluster["privateClusterConfig"];
        Assert.Equal(true, privateConfig["enablePrivateNodes"]);
        Assert.Equal(true, cluster["removeDefaultNodePool"]);
        Assert.Equal(true, cluster["enableShieldedNodes"]);
        Assert.Equal("ADVANCED_DATAPATH", cluster["datapathProvider"]);
        Assert.Equal("serve-test-123.svc.id.goog", ((ImmutableDictionary<string, object>)cluster["workloadIdentityConfig"])["workloadPool"]);
        Assert.Equal("REGULAR", ((ImmutableDictionary<string, object>)cluster["releaseChannel"])["channel"]);
        var blocks = (ImmutableArray<object>)((ImmutableDictionary<string, object>)cluster["masterAuthorizedNetworksConfig"])["cidrBlocks"];
        Assert.Equal("203.0.113.0/24", ((ImmutableDictionary<string, object>)Assert.Single(blocks))["cidrBlock"]);
        var pool = (ImmutableDictionary<string, object>)run.Mocks.Registered.Single(r => r.Type == "gcp:container/nodePool:NodePool").Inputs["nodeConfig"];
        Assert.Equal("serve-dev-nodes@project.iam.gserviceaccount.com", pool["serviceAccount"]);
        Assert.Equal("GKE_METADATA", ((ImmutableDictionary<string, object>)pool["workloadMetadataConfig"])["mode"]);
    }

    [Fact]
    public async Task The_kubeconfig_is_secret_and_uses_the_auth_plugin()
    {
        var run = await MockRun.Of(false, TestSettings.Load());

        var cloud = run.Component<ServeCloud>();
        Assert.True(await OutputValues.IsSecret(cloud.Kubeconfig));
        var kubeconfig = await OutputValues.Value(cloud.Kubeconfig);
        Assert.Contains("server: https://203.0.113.10", kubeconfig, StringComparison.Ordinal);
        Assert.Contains("command: gke-gcloud-auth-plugin", kubeconfig, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_kuberay_operator_is_the_pinned_official_chart()
    {
        var run = await MockRun.Of(false, TestSettings.Load());

        var release = run.Mocks.Registered.Single(r => r.Type == "kubernetes:helm.sh/v3:Release").Inputs;
        Assert.Equal(("kuberay-operator", "1.7.0"), ((string)release["chart"], (string)release["version"]));
        Assert.Equal("https://ray-project.github.io/kuberay-helm/", ((ImmutableDictionary<string, object>)release["repositoryOpts"])["repo"]);
    }
}
