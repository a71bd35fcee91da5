using Pulumi;
using Pulumi.Testing;
using ServeInfra.Tests.Support;

namespace ServeInfra.Infra.Tests;

public class GuardTests
{
    private static async Task<(Exception? Error, ServeMocks Mocks)> Run<TAddition>()
        where TAddition : IAddition, new()
    {
        var mocks = new ServeMocks();
        try
        {
            await Deployment.TestAsync<GuardedProgram<TAddition>>(mocks, new TestOptions { StackName = "dev" });
            return (null, mocks);
        }
        catch (Exception error)
        {
            return (error, mocks);
        }
    }

    private static async Task AssertRefused<TAddition>(string type, string reason)
        where TAddition : IAddition, new()
    {
        var (error, mocks) = await Run<TAddition>();

        Assert.NotNull(error);
        Assert.Contains($"Refused {type} 'exposed':", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(reason, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("pulumi config set serveinfra:access public", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(mocks.Registered, r => r.Name == "exposed");
    }

    private static async Task AssertAllowed<TAddition>()
        where TAddition : IAddition, new()
    {
        var (error, mocks) = await Run<TAddition>();

        Assert.Null(error);
        Assert.Contains(mocks.Registered, r => r.Name == "fine");
    }

    [Fact]
    public Task An_ingress_is_refused() => AssertRefused<AnIngressNamedExposed>("kubernetes:networking.k8s.io/v1:Ingress", "internet-facing HTTP(S) load balancer");

    [Fact]
    public Task An_external_load_balancer_service_is_refused() => AssertRefused<AnExternalService>("kubernetes:core/v1:Service", "gets an external IP");

    [Fact]
    public Task An_internal_load_balancer_service_is_allowed() => AssertAllowed<AnInternalService>();

    [Fact]
    public Task An_address_without_a_type_is_refused() => AssertRefused<AnExternalAddress>("gcp:compute/address:Address", "EXTERNAL (the default)");

    [Fact]
    public Task An_internal_address_is_allowed() => AssertAllowed<AnInternalAddress>();

    [Fact]
    public Task A_global_address_is_refused() => AssertRefused<AGlobalAddress>("gcp:compute/globalAddress:GlobalAddress", "internet-facing load balancer");

    [Fact]
    public Task A_vm_with_an_external_ip_is_refused() => AssertRefused<AVmWithExternalIp>("gcp:compute/instance:Instance", "access config");

    [Fact]
    public Task A_vm_without_an_external_ip_is_allowed() => AssertAllowed<AVmWithoutExternalIp>();

    [Fact]
    public Task A_gke_cluster_without_private_nodes_is_refused() => AssertRefused<APublicGkeCluster>("gcp:container/cluster:Cluster", "without private nodes");

    [Fact]
    public Task A_node_pool_that_turns_private_nodes_off_is_refused() => AssertRefused<ANodePoolWithPublicNodes>("gcp:container/nodePool:NodePool", "without private nodes");

    [Fact]
    public Task A_node_pool_that_inherits_the_clusters_private_nodes_is_allowed() => AssertAllowed<ANodePoolInheritingPrivateNodes>();

    [Fact]
    public async Task The_whole_private_program_passes_its_own_guard()
    {
        var mocks = new ServeMocks();

        await ProgramRun.Start("dev", false, mocks, ("gcp:project", TestSettings.Project));

        Assert.Contains(mocks.Registered, r => r.Type == "kubernetes:core/v1:Service");
    }
}
