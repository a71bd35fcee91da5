using System.Collections.Immutable;
using ServeInfra.Components.Cloud;
using ServeInfra.Core.Access;
using ServeInfra.Core.Networking;
using ServeInfra.Core.Settings;
using ServeInfra.Tests.Support;

namespace ServeInfra.Components.Tests.Cloud;

public class ExistingNetworkTests
{
    private const string NetworkId = "projects/net-host/global/networks/shared-vpc";
    private const string SubnetworkId = "projects/net-host/regions/us-central1/subnetworks/serve-subnet";

    private static readonly string[] NetworkTypes =
    [
        "gcp:compute/network:Network",
        "gcp:compute/subnetwork:Subnetwork",
        "gcp:compute/router:Router",
        "gcp:compute/routerNat:RouterNat",
    ];

    // The subnet's actual ranges, which the caller states in CloudSettings.Network (nothing reads them back from GCP).
    private static readonly NetworkSettings SubnetRanges = new()
    {
        SubnetCidr = Ipv4Cidr.Parse("10.128.0.0/20"),
        PodsCidr = Ipv4Cidr.Parse("10.132.0.0/14"),
        ServicesCidr = Ipv4Cidr.Parse("10.136.0.0/20"),
    };

    private static ServeCloudArgs OnExistingNetwork(SecondaryRangeNames rangeNames)
    {
        var settings = TestSettings.Load();
        return new ServeCloudArgs
        {
            Project = settings.Project,
            Settings = settings.Cloud with { Network = SubnetRanges },
            ExistingNetwork = new ExistingNetwork { Network = NetworkId, Subnetwork = SubnetworkId, RangeNames = rangeNames },
        };
    }

    private static ImmutableDictionary<string, object> Map(object value) => (ImmutableDictionary<string, object>)value;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_cloud_creates_no_network_router_or_nat_and_the_gke_cluster_uses_the_given_one(bool preview)
    {
        var run = await MockRun.Of(preview, OnExistingNetwork(new SecondaryRangeNames("gke-pods", "gke-services")), [new ClusterSettings()]);

        Assert.DoesNotContain(run.Mocks.Registered, r => NetworkTypes.Contains(r.Type));
        var cluster = Assert.Single(run.Mocks.Registered, r => r.Type == "gcp:container/cluster:Cluster").Inputs;
        Assert.Equal((NetworkId, SubnetworkId), ((string)cluster["network"], (string)cluster["subnetwork"]));
        var allocation = Map(cluster["ipAllocationPolicy"]);
        Assert.Equal(("gke-pods", "gke-services"), ((string)allocation["clusterSecondaryRangeName"], (string)allocation["servicesSecondaryRangeName"]));
        var cloud = run.Component<ServeCloud>();
        Assert.Equal((NetworkId, SubnetworkId), (await OutputValues.Value(cloud.NetworkId), await OutputValues.Value(cloud.SubnetworkId)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_private_cluster_reserves_its_address_in_the_given_subnet_and_admits_its_stated_ranges(bool preview)
    {
        var run = await MockRun.Of(preview, OnExistingNetwork(new SecondaryRangeNames("gke-pods", "gke-services")), [new ClusterSettings { Access = new PrivateAccess() }]);

        var address = Assert.Single(run.Mocks.Registered, r => r.Type == "gcp:compute/address:Address").Inputs;
        Assert.Equal((SubnetworkId, "INTERNAL"), ((string)address["subnetwork"], (string)address["addressType"]));
        var patch = Assert.Single(run.Mocks.Registered, r => r.Type == "kubernetes:core/v1:ServicePatch").Inputs;
        Assert.Equal(["10.128.0.0/20", "10.132.0.0/14"], ((ImmutableArray<object>)Map(patch["spec"])["loadBalancerSourceRanges"]).Cast<string>());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Its_own_subnet_names_the_ranges_its_gke_cluster_refers_to(bool preview)
    {
        var run = await MockRun.Of(preview, TestSettings.Load());

        var subnet = Assert.Single(run.Mocks.Registered, r => r.Type == "gcp:compute/subnetwork:Subnetwork").Inputs;
        var ranges = ((ImmutableArray<object>)subnet["secondaryIpRanges"]).Select(range => (string)Map(range)["rangeName"]).ToList();
        var allocation = Map(Assert.Single(run.Mocks.Registered, r => r.Type == "gcp:container/cluster:Cluster").Inputs["ipAllocationPolicy"]);
        Assert.Equal(ranges, [(string)allocation["clusterSecondaryRangeName"], (string)allocation["servicesSecondaryRangeName"]]);
        Assert.All(NetworkTypes, type => Assert.Single(run.Mocks.Registered, r => r.Type == type));
    }

    [Fact]
    public async Task Range_names_gcp_would_refuse_stop_the_run_before_any_cloud_resource_with_every_problem()
    {
        var mocks = new ServeMocks();
        var args = OnExistingNetwork(new SecondaryRangeNames("Pods", "svc_range"));

        var error = await Assert.ThrowsAsync<Pulumi.RunException>(() => Pulumi.Deployment.TestAsync(mocks, new Pulumi.Testing.TestOptions { IsPreview = true }, () =>
        {
            _ = new ServeCloud("serve-dev", args);
        }));

        // The mock engine reports the error the program logged, as the CLI would show it.
        Assert.Contains("ServeCloud 'serve-dev' has 2 invalid settings; none of its resources were registered:", error.Message, StringComparison.Ordinal);
        Assert.Contains("  - ServeCloudArgs.ExistingNetwork: SecondaryRangeNames.Pods: 'Pods' is not allowed", error.Message, StringComparison.Ordinal);
        Assert.Contains("  - ServeCloudArgs.ExistingNetwork: SecondaryRangeNames.Services: 'svc_range' is not allowed", error.Message, StringComparison.Ordinal);
        Assert.Empty(mocks.Registered);
    }
}
