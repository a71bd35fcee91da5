using Pulumi;
using ServeInfra.Core.Access;
using ServeInfra.Core.Gke;
using ServeInfra.Core.Ray;
using ServeInfra.Core.Serve;
using Gcp = Pulumi.Gcp;
using K8s = Pulumi.Kubernetes;

namespace ServeInfra.Components.Access;

/// <summary>
/// The private access mode: a reserved internal address in the cloud's subnet and an internal passthrough load
/// balancer (a LoadBalancer Service with GKE's internal annotation) in front of Ray Serve. No token and no
/// external address: clients in the VPC (and listed peer ranges) call <c>http://&lt;internal-ip&gt;/</c>.
/// </summary>
public sealed class PrivateEndpoint : ComponentResource, IServeEndpoint
{
    /// <summary>The component's type token.</summary>
    public const string TypeToken = "serveinfra:access:PrivateEndpoint";

    /// <summary>The port clients call on the internal address.</summary>
    public const int Port = 80;

    /// <summary>Creates the address and the internal load balancer.</summary>
    public PrivateEndpoint(string name, PrivateEndpointArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var context = args.Context;
        var cloud = context.Cloud;
        var access = args.Access;

        var address = new Gcp.Compute.Address($"{name}-address", new Gcp.Compute.AddressArgs
        {
            Project = cloud.Project,
            Region = cloud.Settings.Region,
            Subnetwork = cloud.SubnetworkId,
            AddressType = "INTERNAL",
            Description = $"ServeInfra private endpoint of cluster {context.Settings.Name}",
            Labels = AccessOptions.GcpLabels(access),
        }, new CustomResourceOptions { Parent = this, CustomTimeouts = new CustomTimeouts { Delete = DeleteTimeouts.AsyncCleanup } });

        var annotations = new InputMap<string>
        {
            { "networking.gke.io/load-balancer-type", "Internal" },
            { "networking.gke.io/load-balancer-ip-addresses", address.Name },
            { "networking.gke.io/internal-load-balancer-allow-global-access", access.GlobalAccess ? "true" : "false" },
        };
        var service = new K8s.Core.V1.Service($"{name}-service", new K8s.Types.Inputs.Core.V1.ServiceArgs
        {
            Metadata = new K8s.Types.Inputs.Meta.V1.ObjectMetaArgs
            {
                Name = context.Names.InternalService,
                Namespace = context.Namespace,
                Labels = context.LabelInputs(),
                Annotations = annotations,
            },
            Spec = new K8s.Types.Inputs.Core.V1.ServiceSpecArgs
            {
                Type = "LoadBalancer",
                ExternalTrafficPolicy = PrivateAccess.ExternalTrafficPolicy,
                Selector = RayServiceSpec.ServeSelector(context.Settings.Name).ToDictionary(),
                Ports = { new K8s.Types.Inputs.Core.V1.ServicePortArgs { Name = "http", Port = Port, TargetPort = ServeConfigRenderer.HttpPort, Protocol = "TCP" } },
                // Without source ranges GKE's firewall rule admits 0.0.0.0/0: anything routed into the VPC.
                LoadBalancerSourceRanges = access.SourceRanges(cloud.Settings.Network).Select(range => range.ToString()).ToList(),
            },
        }, AccessOptions.Named(this, cloud.Provider, context.RayService));

        Address = address.IPAddress;
        Url = address.IPAddress.Apply(ip => $"http://{ip}/");
        _ = service;
        RegisterOutputs(new Dictionary<string, object?> { ["url"] = Url, ["address"] = Address });
    }

    /// <summary>The reserved internal IP.</summary>
    [Output("address")]
    public Output<string> Address { get; private set; }

    /// <inheritdoc />
    [Output("url")]
    public Output<string> Url { get; private set; }
}
