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

    [Fact]
    public async Task The_default_pool_runs_as_the_dedicated_account_and_its_config_is_never_diffed()
    {
        var run = await MockRun.Of(false, TestSettings.Load());

        var cluster = run.Mocks.Registered.Single(r => r.Type == "gcp:container/cluster:Cluster").Inputs;
        var nodeConfig = (ImmutableDictionary<string, object>)cluster["nodeConfig"];
        Assert.Equal("serve-dev-nodes@project.iam.gserviceaccount.com", nodeConfig["serviceAccount"]);
        Assert.Equal(["https://www.googleapis.com/auth/cloud-platform"], ((ImmutableArray<object>)nodeConfig["oauthScopes"]).Cast<string>());
        Assert.Equal("GKE_METADATA", ((ImmutableDictionary<string, object>)nodeConfig["workloadMetadataConfig"])["mode"]);
        Assert.Equal(1, Convert.ToInt32(cluster["initialNodeCount"], System.Globalization.CultureInfo.InvariantCulture));
        // terraform-provider-google node_config.go: service_account and oauth_scopes are ForceNew, and GKE reports the first
        // remaining pool's config once the default pool is gone: a diff there would replace the GKE cluster.
        Assert.Contains("nodeConfig", run.One("gcp:container/cluster:Cluster", "serve-dev-gke").Options.IgnoreChanges);
    }

    [Theory]
    [InlineData("0", 1)]
    [InlineData("2", 2)]
    public async Task The_node_pool_starts_at_its_minimum_and_leaves_the_size_to_the_autoscaler(string min, int initial)
    {
        var run = await MockRun.Of(false, TestSettings.Load(("nodeMinCount", min)));

        var pool = run.Mocks.Registered.Single(r => r.Type == "gcp:container/nodePool:NodePool").Inputs;
        Assert.Equal(initial, Convert.ToInt32(pool["initialNodeCount"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Convert.ToInt32(min, System.Globalization.CultureInfo.InvariantCulture), Convert.ToInt32(((ImmutableDictionary<string, object>)pool["autoscaling"])["minNodeCount"], System.Globalization.CultureInfo.InvariantCulture));
        // NodePool.InitialNodeCount: "Changing this will force recreation of the resource" (Pulumi.Gcp 9.35.0).
        Assert.Contains("initialNodeCount", run.One("gcp:container/nodePool:NodePool", "serve-dev-ray").Options.IgnoreChanges);
    }

    [Fact]
    public async Task Gke_maintains_the_cluster_in_the_weekly_window_only()
    {
        var run = await MockRun.Of(false, TestSettings.Load());

        var policy = (ImmutableDictionary<string, object>)run.Mocks.Registered.Single(r => r.Type == "gcp:container/cluster:Cluster").Inputs["maintenancePolicy"];
        var window = (ImmutableDictionary<string, object>)policy["recurringWindow"];
        Assert.Equal(("FREQ=WEEKLY;BYDAY=SA,SU", "2024-01-06T00:00:00Z", "2024-01-06T08:00:00Z"),
            ((string)window["recurrence"], (string)window["startTime"], (string)window["endTime"]));
    }

    [Theory]
    [InlineData("private", "gcp:compute/address:Address", "serve-private-address")]
    [InlineData("public", "gcp:compute/globalAddress:GlobalAddress", "serve-public-ip")]
    [InlineData("private", "gcp:compute/network:Network", "serve-dev-vpc")]
    [InlineData("private", "gcp:compute/subnetwork:Subnetwork", "serve-dev-subnet")]
    public async Task What_gke_releases_asynchronously_gets_a_generous_delete_timeout(string mode, string type, string name)
    {
        var run = await MockRun.Of(false, TestSettings.Load(("access", mode)));

        Assert.Equal(TimeSpan.FromMinutes(45), run.One(type, name).Options.CustomTimeouts?.Delete);
    }

    [Fact]
    public async Task The_charts_crds_are_applied_by_pulumi_at_the_charts_version_before_the_operator()
    {
        var run = await MockRun.Of(false, TestSettings.Load(("kuberayVersion", "1.6.2")));

        var crds = run.Mocks.Registered.Single(r => r.Type == "kubernetes:yaml/v2:ConfigGroup").Inputs;
        Assert.Equal(
            ["ray.io_rayclusters.yaml", "ray.io_rayjobs.yaml", "ray.io_rayservices.yaml", "ray.io_raycronjobs.yaml"],
            ((ImmutableArray<object>)crds["files"]).Cast<string>().Select(url => url.Split('/')[^1]));
        Assert.All(((ImmutableArray<object>)crds["files"]).Cast<string>(), url => Assert.Contains("/kuberay/v1.6.2/helm-chart/kuberay-operator/crds/", url, StringComparison.Ordinal));
        // Helm never upgrades crds/ (pulumi-kubernetes v4.32.0 helm_release.go: Update runs Helm's upgrade action): skip them.
        var release = run.Mocks.Registered.Single(r => r.Type == "kubernetes:helm.sh/v3:Release").Inputs;
        Assert.Equal(true, release["skipCrds"]);
        Assert.Equal("1.6.2", release["version"]);
        Assert.Contains(run.One("kubernetes:yaml/v2:ConfigGroup", "serve-dev-kuberay-crds").Resource, await run.DependsOn("kubernetes:helm.sh/v3:Release", "serve-dev-kuberay"));
    }

    [Fact]
    public async Task The_crds_provider_may_adopt_the_crds_a_helm_install_made_and_the_main_provider_may_not()
    {
        var run = await MockRun.Of(false, TestSettings.Load());

        var providers = run.Mocks.Registered.Where(r => r.Type == "pulumi:providers:kubernetes").ToDictionary(r => r.Name!, r => r.Inputs);
        Assert.Equal("true", providers["serve-dev-k8s-crds"]["upsertExistingObjects"]);
        Assert.False(providers["serve-dev-k8s"].ContainsKey("upsertExistingObjects"));
    }
}

