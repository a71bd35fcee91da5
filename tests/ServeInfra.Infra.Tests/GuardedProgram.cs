using Pulumi;
using ServeInfra.Components.Cluster;
using ServeInfra.Components.Guard;
using Gcp = Pulumi.Gcp;
using K8s = Pulumi.Kubernetes;

namespace ServeInfra.Infra.Tests;

/// <summary>Something a stack author adds next to a private cluster.</summary>
public interface IAddition
{
    void Add();
}

/// <summary>A stack under the private-access guard with one addition.</summary>
public sealed class GuardedProgram<TAddition> : Stack
    where TAddition : IAddition, new()
{
    public GuardedProgram()
        : base(new StackOptions { ResourceTransformations = { ExposureGuard.ForPrivateStack() } }) => new TAddition().Add();
}

public sealed class AnIngressNamedExposed : IAddition
{
    public void Add() => _ = new K8s.Networking.V1.Ingress("exposed", new K8s.Types.Inputs.Networking.V1.IngressArgs());
}

public sealed class AnExternalService : IAddition
{
    public void Add() => _ = new K8s.Core.V1.Service("exposed", new K8s.Types.Inputs.Core.V1.ServiceArgs
    {
        Spec = new K8s.Types.Inputs.Core.V1.ServiceSpecArgs { Type = "LoadBalancer" },
    });
}

public sealed class AnInternalService : IAddition
{
    public void Add() => _ = new K8s.Core.V1.Service("fine", new K8s.Types.Inputs.Core.V1.ServiceArgs
    {
        Metadata = new K8s.Types.Inputs.Meta.V1.ObjectMetaArgs { Annotations = { { "networking.gke.io/load-balancer-type", "Internal" } } },
        Spec = new K8s.Types.Inputs.Core.V1.ServiceSpecArgs { Type = "LoadBalancer" },
    });
}

public sealed class AnExternalAddress : IAddition
{
    public void Add() => _ = new Gcp.Compute.Address("exposed", new Gcp.Compute.AddressArgs { Region = "us-central1" });
}

public sealed class AnInternalAddress : IAddition
{
    public void Add() => _ = new Gcp.Compute.Address("fine", new Gcp.Compute.AddressArgs { Region = "us-central1", AddressType = "INTERNAL" });
}

public sealed class AGlobalAddress : IAddition
{
    public void Add() => _ = new Gcp.Compute.GlobalAddress("exposed", new Gcp.Compute.GlobalAddressArgs());
}

public sealed class AVmWithExternalIp : IAddition
{
    public void Add() => _ = new Gcp.Compute.Instance("exposed", new Gcp.Compute.InstanceArgs
    {
        MachineType = "e2-small",
        Zone = "us-central1-a",
        BootDisk = new Gcp.Compute.Inputs.InstanceBootDiskArgs { InitializeParams = new Gcp.Compute.Inputs.InstanceBootDiskInitializeParamsArgs { Image = "debian-cloud/debian-12" } },
        NetworkInterfaces = { new Gcp.Compute.Inputs.InstanceNetworkInterfaceArgs { Network = "default", AccessConfigs = { new Gcp.Compute.Inputs.InstanceNetworkInterfaceAccessConfigArgs() } } },
    });
}

public sealed class AVmWithoutExternalIp : IAddition
{
    public void Add() => _ = new Gcp.Compute.Instance("fine", new Gcp.Compute.InstanceArgs
    {
        MachineType = "e2-small",
        Zone = "us-central1-a",
        BootDisk = new Gcp.Compute.Inputs.InstanceBootDiskArgs { InitializeParams = new Gcp.Compute.Inputs.InstanceBootDiskInitializeParamsArgs { Image = "debian-cloud/debian-12" } },
        NetworkInterfaces = { new Gcp.Compute.Inputs.InstanceNetworkInterfaceArgs { Network = "default" } },
    });
}

public sealed class APublicGkeCluster : IAddition
{
    public void Add() => _ = new Gcp.Container.Cluster("exposed", new Gcp.Container.ClusterArgs { Location = "us-central1", InitialNodeCount = 1 });
}

public sealed class ANodePoolWithPublicNodes : IAddition
{
    public void Add() => _ = new Gcp.Container.NodePool("exposed", new Gcp.Container.NodePoolArgs
    {
        Cluster = "c",
        NetworkConfig = new Gcp.Container.Inputs.NodePoolNetworkConfigArgs { EnablePrivateNodes = false },
    });
}

public sealed class ANodePoolInheritingPrivateNodes : IAddition
{
    public void Add() => _ = new Gcp.Container.NodePool("fine", new Gcp.Container.NodePoolArgs { Cluster = "c" });
}

public sealed class AServePatchWithoutSourceRanges : IAddition
{
    public void Add() => _ = new K8s.Core.V1.ServicePatch("exposed", new K8s.Types.Inputs.Core.V1.ServicePatchArgs
    {
        Metadata = new K8s.Types.Inputs.Meta.V1.ObjectMetaPatchArgs { Name = "serve-serve-svc", Annotations = { { "networking.gke.io/load-balancer-type", "Internal" } } },
        Spec = new K8s.Types.Inputs.Core.V1.ServiceSpecPatchArgs { Type = "LoadBalancer" },
    });
}

public sealed class AServePatchWithSourceRanges : IAddition
{
    public void Add() => _ = new K8s.Core.V1.ServicePatch("fine", new K8s.Types.Inputs.Core.V1.ServicePatchArgs
    {
        Metadata = new K8s.Types.Inputs.Meta.V1.ObjectMetaPatchArgs { Name = "serve-serve-svc", Annotations = { { "networking.gke.io/load-balancer-type", "Internal" } } },
        Spec = new K8s.Types.Inputs.Core.V1.ServiceSpecPatchArgs { Type = "LoadBalancer", LoadBalancerSourceRanges = { "10.10.0.0/20" } },
    });
}

public sealed class ARayServiceWithAnExternalServeService : IAddition
{
    public void Add() => _ = new K8s.ApiExtensions.CustomResource("exposed", new SpecResourceArgs("ray.io/v1", "RayService")
    {
        Spec =
        {
            {
                "serveService", new Dictionary<string, object>
                {
                    ["spec"] = new Dictionary<string, object> { ["type"] = "LoadBalancer", ["loadBalancerSourceRanges"] = new List<object> { "10.10.0.0/20" } },
                }
            },
        },
    });
}
