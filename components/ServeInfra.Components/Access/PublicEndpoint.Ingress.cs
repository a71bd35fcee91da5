using System.Collections.Immutable;
using Pulumi;
using ServeInfra.Core.Access;
using Gcp = Pulumi.Gcp;
using K8s = Pulumi.Kubernetes;
using Net = Pulumi.Kubernetes.Types.Inputs.Networking.V1;

namespace ServeInfra.Components.Access;

public sealed partial class PublicEndpoint
{
    private Output<string> CreateIngress(string name, EndpointContext context, PublicAccess access, K8s.Core.V1.Service gatewayService)
    {
        var provider = context.Platform.Provider;
        var address = new Gcp.Compute.GlobalAddress($"{name}-ip", new Gcp.Compute.GlobalAddressArgs
        {
            Project = context.Platform.Project,
            Description = $"ServeInfra public endpoint of cluster {context.Settings.Name}",
            Labels = AccessOptions.GcpLabels(access),
        }, new CustomResourceOptions { Parent = this, CustomTimeouts = new CustomTimeouts { Delete = Core.Gke.DeleteTimeouts.AsyncCleanup } });

        // TLS 1.2 or newer with modern ciphers only.
        var sslPolicy = new Gcp.Compute.SSLPolicy($"{name}-tls", new Gcp.Compute.SSLPolicyArgs
        {
            Project = context.Platform.Project,
            Profile = "MODERN",
            MinTlsVersion = "TLS_1_2",
            Description = $"ServeInfra public endpoint of cluster {context.Settings.Name} (access={access.Stamp})",
        }, new CustomResourceOptions { Parent = this });

        var host = address.Address.Apply(ip => PublicGatewayPlan.Host(access, ip));
        var certificate = new K8s.ApiExtensions.CustomResource($"{name}-certificate", new Cluster.SpecResourceArgs("networking.gke.io/v1", "ManagedCertificate")
        {
            Metadata = Metadata(context, context.Names.Ingress, PublicGatewayPlan.CertificateAnnotations(access).ToDictionary()),
            Spec = host.Apply(h => PublicIngressPlan.CertificateSpec(h).ToImmutableDictionary()),
        }, AccessOptions.Named(this, provider));

        var frontend = new K8s.ApiExtensions.CustomResource($"{name}-frontend", new Cluster.SpecResourceArgs("networking.gke.io/v1beta1", "FrontendConfig")
        {
            Metadata = Metadata(context, context.Names.Ingress),
            Spec = sslPolicy.Name.Apply(n => PublicIngressPlan.FrontendConfigSpec(n).ToImmutableDictionary()),
        }, AccessOptions.Named(this, provider));

        _ = new K8s.Networking.V1.Ingress($"{name}-ingress", new K8s.Types.Inputs.Networking.V1.IngressArgs
        {
            Metadata = Metadata(context, context.Names.Ingress, Output.Tuple(address.Name, certificate.Metadata.Apply(m => m.Name), frontend.Metadata.Apply(m => m.Name))
                .Apply(names => PublicIngressPlan.IngressAnnotations(names.Item1, names.Item2, names.Item3).ToImmutableDictionary())),
            Spec = new Net.IngressSpecArgs
            {
                DefaultBackend = new Net.IngressBackendArgs
                {
                    Service = new Net.IngressServiceBackendArgs
                    {
                        Name = gatewayService.Metadata.Apply(m => m.Name),
                        Port = new Net.ServiceBackendPortArgs { Number = GatewayPort },
                    },
                },
            },
        }, AccessOptions.Named(this, provider, gatewayService));

        // Where a user learns what the certificate needs: the address exists only now, so DNS cannot point at it earlier.
        _ = Output.Tuple(host, address.Address).Apply(parts =>
        {
            Log.Info(PublicGatewayPlan.CertificateHint(access, context.Names, parts.Item1, parts.Item2), certificate);
            return parts.Item1;
        });
        return address.Address;
    }
}
