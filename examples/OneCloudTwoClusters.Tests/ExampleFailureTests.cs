using Pulumi;
using Gcp = Pulumi.Gcp;

namespace ServeInfra.Examples.Tests;

/// <summary>What the example refuses: internet-facing resources under its private cluster, and a domain no certificate can cover.</summary>
public class ExampleFailureTests
{
    [Fact]
    public async Task A_global_address_added_under_the_private_cluster_is_refused_by_its_guard()
    {
        var mocks = new ExampleMocks();

        var error = await Assert.ThrowsAsync<RunException>(() => ExampleRun.With(mocks, example =>
            _ = new Gcp.Compute.GlobalAddress("internal-extra-ip", new Gcp.Compute.GlobalAddressArgs(), new CustomResourceOptions { Parent = example.Internal })));

        Assert.Contains("Refused gcp:compute/globalAddress:GlobalAddress 'internal-extra-ip'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(mocks.Registered, r => r.Name == "internal-extra-ip");
    }

    [Fact]
    public async Task The_guard_covers_the_private_cluster_only()
    {
        var mocks = new ExampleMocks();

        await ExampleRun.With(mocks, example =>
            _ = new Gcp.Compute.GlobalAddress("api-extra-ip", new Gcp.Compute.GlobalAddressArgs(), new CustomResourceOptions { Parent = example.Api }));

        Assert.Contains(mocks.Registered, r => r.Name == "api-extra-ip");
    }

    [Theory]
    [InlineData("*.example.com")]
    [InlineData("API.example.com")]
    [InlineData("example.com.")]
    public async Task A_domain_no_managed_certificate_can_cover_stops_the_run_before_anything_is_created(string domain)
    {
        var mocks = new ExampleMocks();

        var error = await Assert.ThrowsAsync<RunException>(() => ExampleRun.With(mocks, _ => { }, ("domain", domain)));

        Assert.Contains($"serveinfra-example:domain: \"{domain}\" is not a DNS name a Google-managed certificate can cover", error.Message, StringComparison.Ordinal);
        Assert.Contains("Fix: pulumi config set domain serve.example.com", error.Message, StringComparison.Ordinal);
        Assert.Empty(mocks.Registered);
    }
}
