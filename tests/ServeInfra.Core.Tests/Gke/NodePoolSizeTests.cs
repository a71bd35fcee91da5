using ServeInfra.Core.Configuration;
using ServeInfra.Core.Tests.Support;

namespace ServeInfra.Core.Tests.Gke;

public class NodePoolSizeTests
{
    [Theory]
    [InlineData("0", 1)]
    [InlineData("1", 1)]
    [InlineData("3", 3)]
    public void The_pool_starts_at_its_minimum_and_never_empty(string min, int initial)
    {
        var pool = StackConfigLoader.Load(RawConfig.With(("nodeMinCount", min), ("nodeMaxCount", "5")), "dev").Settings!.Cloud.NodePool;

        Assert.Equal(initial, pool.InitialNodesPerZone);
    }
}
