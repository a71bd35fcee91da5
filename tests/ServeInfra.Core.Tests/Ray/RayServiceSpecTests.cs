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

    [Fact]
    public void Ray_token_auth_is_on_and_kuberay_makes_the_token()
    {
        var cluster = (Dictionary<string, object>)Spec()["rayClusterConfig"];

        // KubeRay v1.7.0 raycluster_controller.go reconcileAuthSecret: with mode token and no secretName it creates a
        // Secret named after the RayCluster holding a random auth_token, and common/pod.go injects it as RAY_AUTH_TOKEN.
        var auth = (Dictionary<string, object>)cluster["authOptions"];
        Assert.Equal(new Dictionary<string, object> { ["mode"] = "token" }, auth);
    }

    [Fact]
    public void The_head_runs_no_serve_replicas_and_is_never_chosen_for_a_scale_down()
    {
        var head = (Dictionary<string, object>)((Dictionary<string, object>)Spec()["rayClusterConfig"])["headGroupSpec"];

        var startParams = (Dictionary<string, object>)head["rayStartParams"];
        // A string: rayStartParams is map[string]string in the CRD.
        Assert.Equal("0", startParams["num-cpus"]);
        Assert.Equal("0.0.0.0", startParams["dashboard-host"]);
        var metadata = (Dictionary<string, object>)((Dictionary<string, object>)head["template"])["metadata"];
        Assert.Equal("false", ((Dictionary<string, object>)metadata["annotations"])["cluster-autoscaler.kubernetes.io/safe-to-evict"]);
    }

    [Fact]
    public void Workers_keep_their_cpus_and_carry_no_eviction_veto()
    {
        var worker = (Dictionary<string, object>)((List<object>)((Dictionary<string, object>)Spec()["rayClusterConfig"])["workerGroupSpecs"])[0];

        Assert.Empty((Dictionary<string, object>)worker["rayStartParams"]);
        Assert.False(((Dictionary<string, object>)((Dictionary<string, object>)worker["template"])["metadata"]).ContainsKey("annotations"));
    }

    private static Dictionary<string, object> Spec()
    {
        var settings = StackConfigLoader.Load(RawConfig.With(), "dev").Settings!;
        return RayServiceSpec.Build(settings.Cluster, AccessStamp.Labels("serve", settings.Cluster.Access));
    }

    private static Dictionary<string, object> Container(Dictionary<string, object> group)
    {
        var template = (Dictionary<string, object>)group["template"];
        var pod = (Dictionary<string, object>)template["spec"];
        return (Dictionary<string, object>)((List<object>)pod["containers"])[0];
    }
}
