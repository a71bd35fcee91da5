using Pulumi;
using Pulumi.Testing;
using ServeInfra.Tests.Support;
using K8s = Pulumi.Kubernetes;

namespace ServeInfra.Infra.Tests;

/// <summary>A stack whose author added an internet-facing resource next to a private cluster.</summary>
public sealed class PrivateStackWithIngress : Stack
{
    public PrivateStackWithIngress()
        : base(new StackOptions { ResourceTransformations = { Components.Guard.ExposureGuard.ForPrivateStack() } })
    {
        _ = new K8s.Networking.V1.Ingress("sneaky", new K8s.Types.Inputs.Networking.V1.IngressArgs());
    }
}

/// <summary>A stack that adds an external LoadBalancer Service under the guard.</summary>
public sealed class PrivateStackWithExternalService : Stack
{
    public PrivateStackWithExternalService()
        : base(new StackOptions { ResourceTransformations = { Components.Guard.ExposureGuard.ForPrivateStack() } })
    {
        _ = new K8s.Core.V1.Service("exposed", new K8s.Types.Inputs.Core.V1.ServiceArgs
        {
            Spec = new K8s.Types.Inputs.Core.V1.ServiceSpecArgs { Type = "LoadBalancer" },
        });
        _ = new K8s.Core.V1.Service("fine", new K8s.Types.Inputs.Core.V1.ServiceArgs
        {
            Metadata = new K8s.Types.Inputs.Meta.V1.ObjectMetaArgs { Annotations = { { "networking.gke.io/load-balancer-type", "Internal" } } },
            Spec = new K8s.Types.Inputs.Core.V1.ServiceSpecArgs { Type = "LoadBalancer" },
        });
    }
}

public class GuardTests
{
    [Fact]
    public async Task An_ingress_added_to_a_private_stack_fails_the_run()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => Deployment.TestAsync<PrivateStackWithIngress>(new ServeMocks(), new TestOptions { StackName = "dev" }));

        Assert.Contains("Refused kubernetes:networking.k8s.io/v1:Ingress 'sneaky': an Ingress makes GKE build an internet-facing HTTP(S) load balancer", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("pulumi config set serveinfra:access public", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_external_load_balancer_service_fails_the_run_and_an_internal_one_does_not()
    {
        var mocks = new ServeMocks();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => Deployment.TestAsync<PrivateStackWithExternalService>(mocks, new TestOptions { StackName = "dev" }));

        Assert.Contains("Refused kubernetes:core/v1:Service 'exposed'", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("'fine'", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(mocks.Registered, r => r.Name == "fine");
        Assert.DoesNotContain(mocks.Registered, r => r.Name == "exposed");
    }

    [Fact]
    public async Task The_whole_private_program_passes_its_own_guard()
    {
        using var env = new StackConfigEnvironment(("gcp:project", TestSettings.Project));
        var mocks = new ServeMocks();

        await Deployment.TestAsync<ServeStack>(mocks, new TestOptions { StackName = "dev", ProjectName = "serveinfra" });

        Assert.Contains(mocks.Registered, r => r.Type == "kubernetes:core/v1:Service");
    }
}
