using ServeInfra.Core.Naming;

namespace ServeInfra.Core.Tests.Naming;

public class ClusterNamesTests
{
    [Theory]
    [InlineData("serve-serve-svc", true)]
    [InlineData("llm-serve-svc", true)]
    [InlineData("serve-gateway", false)]
    [InlineData("serve-serve", false)]
    [InlineData(null, false)]
    public void KubeRays_serve_service_is_recognised_by_name(string? name, bool isServe) =>
        Assert.Equal(isServe, ClusterNames.IsServeService(name));

    [Fact]
    public void The_serve_service_follows_kuberays_naming() =>
        Assert.Equal("llm-serve-svc", new ClusterNames("llm").ServeService);
}
