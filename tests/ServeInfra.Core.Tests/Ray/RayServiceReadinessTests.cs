using ServeInfra.Core.Naming;
using ServeInfra.Core.Ray;

namespace ServeInfra.Core.Tests.Ray;

public class RayServiceReadinessTests
{
    [Fact]
    public void Up_waits_for_ready_with_no_upgrade_in_progress_in_the_json_array_form()
    {
        var annotations = RayServiceReadiness.Annotations(1800);

        // pulumi-kubernetes v4.32.0 metadata/overrides.go: a JSON array of "condition=" expressions, all of which must hold.
        Assert.Equal("[\"condition=Ready\",\"condition=UpgradeInProgress=False\"]", annotations["pulumi.com/waitFor"]);
        Assert.Equal("1800", annotations["pulumi.com/timeoutSeconds"]);
    }

    [Fact]
    public void The_timeout_hint_names_the_commands_that_show_why()
    {
        var hint = RayServiceReadiness.TimeoutHint(new ClusterNames("serve"), 600);

        Assert.Contains("kubectl -n ray-serve describe rayservice serve", hint, StringComparison.Ordinal);
        Assert.Contains("{.status.activeServiceStatus.applicationStatuses}", hint, StringComparison.Ordinal);
        Assert.Contains("serveinfra:serveReadyTimeoutSeconds", hint, StringComparison.Ordinal);
    }
}
