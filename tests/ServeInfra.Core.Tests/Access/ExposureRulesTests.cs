using ServeInfra.Core.Access;

namespace ServeInfra.Core.Tests.Access;

public class ExposureRulesTests
{
    [Theory]
    [InlineData("kubernetes:networking.k8s.io/v1:Ingress", true)]
    [InlineData("kubernetes:extensions/v1beta1:Ingress", true)]
    [InlineData("gcp:compute/globalAddress:GlobalAddress", true)]
    [InlineData("gcp:compute/globalForwardingRule:GlobalForwardingRule", true)]
    [InlineData("serveinfra:access:PublicEndpoint", true)]
    [InlineData("serveinfra:access:PrivateEndpoint", false)]
    [InlineData("kubernetes:core/v1:Service", false)]
    [InlineData("gcp:compute/address:Address", false)]
    public void Internet_only_types_are_refused_by_type(string type, bool refused) =>
        Assert.Equal(refused, ExposureRules.ForType(type) is not null);

    public static TheoryData<string?, string?, string?, bool> Services => new()
    {
        { "LoadBalancer", null, null, true },
        { "LoadBalancer", "External", null, true },
        { "LoadBalancer", "internal", null, true },
        { "LoadBalancer", "Internal", null, false },
        { "LoadBalancer", null, "networking.gke.io/l4-regional-internal", false },
        { "ClusterIP", null, null, false },
        { "NodePort", null, null, false },
        { null, null, null, false },
    };

    [Theory]
    [MemberData(nameof(Services))]
    public void A_load_balancer_service_must_be_internal(string? type, string? lbType, string? lbClass, bool refused)
    {
        var annotations = lbType is null ? null : new Dictionary<string, string> { [ExposureRules.InternalLoadBalancerAnnotation] = lbType };

        Assert.Equal(refused, ExposureRules.ForService(type, annotations, lbClass) is not null);
    }

    [Theory]
    [InlineData("INTERNAL", false)]
    [InlineData("EXTERNAL", true)]
    [InlineData(null, true)]
    public void Addresses_are_external_unless_internal(string? type, bool refused) =>
        Assert.Equal(refused, ExposureRules.ForAddress(type) is not null);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void A_vm_with_an_access_config_is_refused(int accessConfigs, bool refused) =>
        Assert.Equal(refused, ExposureRules.ForInstance(accessConfigs) is not null);

    [Theory]
    [InlineData(true, true, false)]
    [InlineData(false, true, true)]
    [InlineData(null, true, true)]
    [InlineData(null, false, false)]
    [InlineData(false, false, true)]
    public void Gke_nodes_need_private_nodes(bool? privateNodes, bool unsetMeansPublic, bool refused) =>
        Assert.Equal(refused, ExposureRules.ForNodes(privateNodes, unsetMeansPublic) is not null);

    [Theory]
    [InlineData("LoadBalancer", true, 2, false)]
    [InlineData("LoadBalancer", true, 0, true)]
    [InlineData("LoadBalancer", false, 2, true)]
    [InlineData("ClusterIP", false, 0, false)]
    [InlineData(null, false, 0, false)]
    public void A_serve_load_balancer_must_be_internal_and_list_its_source_ranges(string? type, bool internalAnnotation, int ranges, bool refused)
    {
        var annotations = internalAnnotation ? new Dictionary<string, string> { [ExposureRules.InternalLoadBalancerAnnotation] = "Internal" } : null;

        Assert.Equal(refused, ExposureRules.ForServeService(type, annotations, null, ranges) is not null);
    }
}
