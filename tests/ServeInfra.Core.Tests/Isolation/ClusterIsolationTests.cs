using ServeInfra.Core.Access;
using ServeInfra.Core.Configuration;
using ServeInfra.Core.Isolation;
using ServeInfra.Core.Settings;
using ServeInfra.Core.Tests.Support;

namespace ServeInfra.Core.Tests.Isolation;

/// <summary>
/// What each mode's policies admit, target by target, caller by caller, port by port. A pod that no policy selects
/// would admit everything: the tests fail on that instead of reading it as "open".
/// </summary>
public class ClusterIsolationTests
{
    private const string PeerRange = "[\"192.168.10.0/24\"]";

    public static TheoryData<string, string, string, string> Expected => new()
    {
        // Private: Serve's port from the load balancer's ranges and the cluster's pods; Ray's ports from Ray and the operator only.
        { "private", "head", "ray worker of this cluster", "8000 8265 6379 10001 52365 8080 12345" },
        { "private", "worker", "ray worker of this cluster", "8000 8265 6379 10001 52365 8080 12345" },
        { "private", "head", "kuberay operator", "8000 8265" },
        { "private", "worker", "kuberay operator", "8000 8265" },
        { "private", "head", "other pod in kuberay-system", "8000" },
        { "private", "head", "ray worker of cluster other", "8000" },
        { "private", "head", "pod in namespace default", "8000" },
        { "private", "head", "VM in the subnet", "8000" },
        { "private", "worker", "VM in the subnet", "8000" },
        { "private", "head", "client in privateSourceRanges", "8000" },
        { "private", "head", "other VPC address", "" },
        { "private", "head", "Google health checker", "" },
        { "private", "head", "internet", "" },
        { "private", "head", "gateway of this cluster", "8000" },
        { "private", "head", "gateway of cluster other", "8000" },
        { "private", "head", "Google front end", "" },
        { "private", "head", "endpoint check of this cluster", "8000" },
        { "private", "head", "endpoint check of cluster other", "8000" },

        // Public: Serve's port from this cluster's gateway only; the gateway from Google's front ends and health checkers only.
        { "public", "head", "ray worker of this cluster", "8000 8265 6379 10001 52365 8080 12345" },
        { "public", "head", "kuberay operator", "8000 8265" },
        { "public", "worker", "kuberay operator", "8000 8265" },
        { "public", "head", "other pod in kuberay-system", "" },
        { "public", "head", "gateway of this cluster", "8000" },
        { "public", "worker", "gateway of this cluster", "8000" },
        { "public", "head", "gateway of cluster other", "" },
        { "public", "head", "ray worker of cluster other", "" },
        { "public", "head", "pod in namespace default", "" },
        { "public", "head", "VM in the subnet", "" },
        { "public", "head", "Google health checker", "" },
        { "public", "head", "internet", "" },
        { "public", "head", "client in privateSourceRanges", "" },
        { "public", "head", "other VPC address", "" },
        { "public", "head", "Google front end", "" },
        { "public", "gateway", "Google health checker", "8080" },
        { "public", "gateway", "Google front end", "8080" },
        { "public", "gateway", "internet", "" },
        { "public", "gateway", "VM in the subnet", "" },
        { "public", "gateway", "pod in namespace default", "" },
        { "public", "gateway", "ray worker of this cluster", "" },
        { "public", "gateway", "endpoint check of this cluster", "8080" },
        { "public", "gateway", "endpoint check of cluster other", "" },
        { "public", "head", "endpoint check of this cluster", "" },
        { "public", "head", "endpoint check of cluster other", "" },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Each_caller_reaches_each_target_on_exactly_these_ports(string mode, string target, string caller, string ports)
    {
        var policies = ClusterIsolation.Policies(Cluster(mode), Network());

        Assert.Equal(ports, Admitted(policies, target, caller));
    }

    [Theory]
    [InlineData("private")]
    [InlineData("public")]
    public void The_table_probes_every_caller_against_the_head(string mode)
    {
        var probed = Expected.Where(row => (string)row[0] == mode && (string)row[1] == "head").Select(row => (string)row[2]);

        Assert.Equal(Callers.All.Keys.Order(StringComparer.Ordinal), probed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Private_serve_ranges_are_exactly_the_load_balancers_source_ranges()
    {
        var cluster = Cluster("private");
        var policy = ClusterIsolation.Policies(cluster, Network()).Single();

        var rule = Assert.Single(policy.Rules, r => r.Ports is [8000]);
        var ranges = rule.From.OfType<RangePeer>().Select(peer => peer.Range);
        Assert.Equal(((PrivateAccess)cluster.Access).SourceRanges(Network()), ranges);
    }

    [Fact]
    public void The_ray_policy_keeps_its_name_across_modes_so_an_access_change_updates_it_in_place()
    {
        Assert.Equal(["serve-ray"], ClusterIsolation.Policies(Cluster("private"), Network()).Select(p => p.Name));
        Assert.Equal(["serve-ray", "serve-gateway"], ClusterIsolation.Policies(Cluster("public"), Network()).Select(p => p.Name));
    }

    private static string Admitted(IReadOnlyList<IngressPolicy> policies, string target, string caller)
    {
        var selecting = policies.Where(p => p.Selects(Callers.Targets[target])).ToList();
        Assert.True(selecting.Count > 0, $"no policy isolates the {target}: it would admit everything");
        return string.Join(" ", Callers.Ports.Where(port => selecting.Any(p => p.Admits(Callers.All[caller], port))));
    }

    private static ClusterSettings Cluster(string mode) =>
        StackConfigLoader.Load(RawConfig.With(("access", mode), ("privateSourceRanges", mode == "private" ? PeerRange : null)), "dev").Settings!.Cluster;

    private static NetworkSettings Network() => StackConfigLoader.Load(RawConfig.With(), "dev").Settings!.Cloud.Network;
}
