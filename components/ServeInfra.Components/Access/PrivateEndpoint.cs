using System.Collections.Immutable;
using Pulumi;
using ServeInfra.Core.Checks;
using ServeInfra.Core.Gke;
using ServeInfra.Core.Ray;
using ServeInfra.Core.Serve;
using Gcp = Pulumi.Gcp;
using K8s = Pulumi.Kubernetes;
using Meta = Pulumi.Kubernetes.Types.Inputs.Meta.V1;

namespace ServeInfra.Components.Access;

/// <summary>
/// The private access mode: KubeRay's serve Service as an internal passthrough load balancer on a reserved address in
/// the cloud's subnet, admitting only the VPC's client ranges and the configured peers. KubeRay points that Service at
/// the active Ray cluster only, so an upgrade never sends traffic to a cluster whose applications are not running.
/// No external address exists anywhere.
/// </summary>
public sealed class PrivateEndpoint : ComponentResource, IServeEndpoint
{
    /// <summary>The component's type token.</summary>
    public const string TypeToken = "serveinfra:access:PrivateEndpoint";

    private readonly string _name;
    private readonly PrivateEndpointArgs _args;
    private readonly Gcp.Compute.Address _address;
    private readonly PrivateServeService _service;

    /// <summary>Reserves the internal address; <see cref="Serve"/> completes the endpoint.</summary>
    internal PrivateEndpoint(string name, PrivateEndpointArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        _name = name;
        _args = args;
        var context = args.Context;
        _address = new Gcp.Compute.Address($"{name}-address", new Gcp.Compute.AddressArgs
        {
            Project = context.Platform.Project,
            Region = context.Platform.Region,
            Subnetwork = context.Platform.SubnetworkId,
            AddressType = "INTERNAL",
            Description = $"ServeInfra private endpoint of cluster {context.Settings.Name}",
            Labels = AccessOptions.GcpLabels(args.Access),
        }, new CustomResourceOptions { Parent = this, CustomTimeouts = new CustomTimeouts { Delete = DeleteTimeouts.AsyncCleanup } });

        _service = PrivateServeService.For(args.Access, context.Platform.Network);
        ServeService = _address.Name.Apply(addressName => (object)_service.Manifest(addressName));
        Address = _address.IPAddress;
        Url = _address.IPAddress.Apply(ip => $"http://{ip}/");
    }

    /// <inheritdoc/>
    public Output<object>? ServeService { get; }

    /// <summary>The internal IP address.</summary>
    [Output("address")]
    public Output<string> Address { get; private set; }

    /// <summary>The URL clients inside the VPC call: <c>http://&lt;internal-ip&gt;/</c>.</summary>
    [Output("url")]
    public Output<string> Url { get; private set; }

    /// <summary>
    /// Applies the Service's settings to the live Service KubeRay created (KubeRay never updates it for a changed
    /// <c>serveService</c>), so a change of source ranges or global access takes effect on this <c>pulumi up</c>; then
    /// proves the address serves every application from inside the VPC.
    /// </summary>
    public void Serve(Resource rayService)
    {
        var context = _args.Context;
        var patch = new K8s.Core.V1.ServicePatch($"{_name}-serve-service", new K8s.Types.Inputs.Core.V1.ServicePatchArgs
        {
            Metadata = new Meta.ObjectMetaPatchArgs
            {
                Name = context.Names.ServeService,
                Namespace = context.Namespace,
                Annotations = _address.Name.Apply(addressName => _service.AnnotationsWith(addressName).ToImmutableDictionary()
                    // The fields are KubeRay's too (it created the Service): take them over. Endpoints of NotReady workers
                    // must not hold up pulumi up: the RayService's own wait and the check below prove Serve answers.
                    .SetItem("pulumi.com/patchForce", "true")
                    .SetItem("pulumi.com/skipAwait", "true")),
            },
            Spec = new K8s.Types.Inputs.Core.V1.ServiceSpecPatchArgs
            {
                Type = "LoadBalancer",
                Ports =
                {
                    new K8s.Types.Inputs.Core.V1.ServicePortPatchArgs
                    {
                        Name = PrivateServeService.PortName,
                        Port = PrivateServeService.Port,
                        TargetPort = ServeConfigRenderer.HttpPort,
                        Protocol = "TCP",
                    },
                },
                ExternalTrafficPolicy = PrivateServeService.ExternalTrafficPolicy,
                LoadBalancerSourceRanges = _service.SourceRanges.ToList(),
            },
        }, new CustomResourceOptions { Parent = this, Provider = context.Platform.Provider, DependsOn = { rayService } });

        var check = EndpointCheckJobResource.Create(this, context, Url, patch,
            EndpointCheckJob.Revision(context.Settings, _service));
        Url = EndpointCheckJobResource.AfterCheck(Url, check);

        RegisterOutputs(new Dictionary<string, object?> { ["url"] = Url, ["address"] = Address });
    }
}
