using ServeInfra.Core.Access;
using ServeInfra.Core.Configuration;
using ServeInfra.Core.Ray;
using ServeInfra.Core.Tests.Support;

namespace ServeInfra.Core.Tests.Ray;

public class RayServiceSpecTests
{
    [Fact]
    public void The_spec_pins_the_image_and_version_and_sizes_head_and_workers()
    {
        var settings = StackConfigLoader.Load(RawConfig.With(("rayVersion", "2.53.0"), ("workerMinReplicas", "2"), ("workerMaxReplicas", "6"), ("headMemory", "6Gi")), "dev").Settings!;
        var labels = AccessStamp.Labels("serve", settings.Cluster.Access);

        var spec = RayServiceSpec.Build(settings.Cluster, labels);

        var cluster = (Dictionary<string, object>)spec["rayClusterConfig"];
        Assert.Equal("2.53.0", cluster["rayVersion"]);
        var head = (Dictionary<string, object>)cluster["headGroupSpec"];
        var headContainer = Container(head);
        Assert.Equal("rayproject/ray:2.53.0", headContainer["image"]);
        var limits = (Dictionary<string, object>)((Dictionary<string, object>)headContainer["resources"])["limits"];
        Assert.Equal("6Gi", limits["memory"]);
        var worker = (Dictionary<string, object>)Assert.Single((List<object>)cluster["workerGroupSpecs"]);
        Assert.Equal((2, 2, 6), ((int)worker["replicas"], (int)worker["minReplicas"], (int)worker["maxReplicas"]));
        var podLabels = (Dictionary<string, object>)((Dictionary<string, object>)((Dictionary<string, object>)head["template"])["metadata"])["labels"];
        Assert.Equal("private", podLabels[AccessStamp.Label]);
        Assert.StartsWith("http_options:", (string)spec["serveConfigV2"], StringComparison.Ordinal);
    }

    private static Dictionary<string, object> Container(Dictionary<string, object> group)
    {
        var template = (Dictionary<string, object>)group["template"];
        var pod = (Dictionary<string, object>)template["spec"];
        return (Dictionary<string, object>)((List<object>)pod["containers"])[0];
    }
}
