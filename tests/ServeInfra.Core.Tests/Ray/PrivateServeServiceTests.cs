using ServeInfra.Core.Access;
using ServeInfra.Core.Networking;
using ServeInfra.Core.Ray;
using ServeInfra.Core.Settings;

namespace ServeInfra.Core.Tests.Ray;

public class PrivateServeServiceTests
{
    private static readonly PrivateAccess Peered = new() { ExtraSourceRanges = [Ipv4Cidr.Parse("192.168.10.0/24")], GlobalAccess = true };

    [Fact]
    public void It_is_an_internal_load_balancer_on_port_80_that_admits_only_the_allowed_ranges()
    {
        var manifest = PrivateServeService.For(Peered, new NetworkSettings()).Manifest("serve-private-address-1234567");
        var spec = (Dictionary<string, object>)manifest["spec"];
        var annotations = (Dictionary<string, object>)((Dictionary<string, object>)manifest["metadata"])["annotations"];

        Assert.Equal("LoadBalancer", spec["type"]);
        Assert.Equal(["10.10.0.0/20", "10.16.0.0/14", "192.168.10.0/24"], (List<object>)spec["loadBalancerSourceRanges"]);
        var port = (Dictionary<string, object>)Assert.Single((List<object>)spec["ports"]);
        Assert.Equal(("serve", 80, 8000), ((string)port["name"], (int)port["port"], (int)port["targetPort"]));
        Assert.Equal(new Dictionary<string, object>
        {
            ["networking.gke.io/internal-load-balancer-allow-global-access"] = "true",
            ["networking.gke.io/load-balancer-ip-addresses"] = "serve-private-address-1234567",
            ["networking.gke.io/load-balancer-type"] = "Internal",
        }, annotations);
        Assert.Null(ExposureRules.ForService("LoadBalancer", PrivateServeService.For(Peered, new NetworkSettings()).Annotations, null));
    }

    [Fact]
    public void Global_access_is_off_unless_asked_for() =>
        Assert.Equal("false", PrivateServeService.For(new PrivateAccess(), new NetworkSettings()).Annotations[PrivateServeService.GlobalAccessAnnotation]);
}
