using System.Collections.Immutable;
using Pulumi;
using ServeInfra.Core.Access;
using ServeInfra.Core.Configuration;
using Gcp = Pulumi.Gcp;
using K8s = Pulumi.Kubernetes;

namespace ServeInfra.Components.Guard;

/// <summary>
/// A stack transformation for stacks whose cluster is private: it refuses every resource that would face the
/// internet (external LoadBalancer Service, Ingress, global address, external address, a VM or GKE node with an
/// external IP), whoever adds it. The rules live in <see cref="ExposureRules"/>; this only reads the arguments.
/// </summary>
public static class ExposureGuard
{
    /// <summary>The transformation to put in <see cref="StackOptions.ResourceTransformations"/>.</summary>
    public static ResourceTransformation ForPrivateStack() => args =>
    {
        var resource = args.Resource;
        var type = resource.GetResourceType();
        if (ExposureRules.ForType(type) is { } reason)
        {
            throw Refused(type, resource.GetResourceName(), reason);
        }

        switch (args.Args)
        {
            case K8s.Types.Inputs.Core.V1.ServiceArgs { Spec: not null } service:
                service.Spec = GuardService(service, type, resource.GetResourceName());
                break;
            case Gcp.Compute.AddressArgs { AddressType: null }:
                throw Refused(type, resource.GetResourceName(), ExposureRules.ForAddress(null)!);
            case Gcp.Compute.AddressArgs address:
                address.AddressType = address.AddressType!.ToOutput().Apply(kind =>
                    ExposureRules.ForAddress(kind) is { } why ? throw Refused(type, resource.GetResourceName(), why) : kind);
                break;
            case Gcp.Compute.InstanceArgs instance:
                var accessConfigs = instance.NetworkInterfaces.ToOutput()
                    .Apply(nics => Output.All(nics.Select(nic => nic.AccessConfigs.ToOutput().Apply(configs => configs.Length))))
                    .Apply(counts => counts.Sum());
                instance.NetworkInterfaces = Output.Tuple(accessConfigs, instance.NetworkInterfaces.ToOutput()).Apply(parts =>
                    ExposureRules.ForInstance(parts.Item1) is { } why ? throw Refused(type, resource.GetResourceName(), why) : parts.Item2);
                break;
            case Gcp.Container.ClusterArgs cluster:
                cluster.PrivateClusterConfig = GuardNodes(cluster.PrivateClusterConfig, config => config.EnablePrivateNodes, unsetMeansPublic: true, type, resource.GetResourceName());
                break;
            case Gcp.Container.NodePoolArgs pool:
                pool.NetworkConfig = GuardNodes(pool.NetworkConfig, config => config.EnablePrivateNodes, unsetMeansPublic: false, type, resource.GetResourceName());
                break;
        }

        return new ResourceTransformationResult(args.Args, args.Options);
    };

    // GKE nodes: a missing config block means the provider's default, so it is judged without waiting for values.
    private static Input<TConfig>? GuardNodes<TConfig>(Input<TConfig>? config, Func<TConfig, Input<bool>?> read, bool unsetMeansPublic, string type, string name)
    {
        if (config is null)
        {
            return ExposureRules.ForNodes(null, unsetMeansPublic) is { } why ? throw Refused(type, name, why) : null;
        }

        return config.ToOutput().Apply(value => Optional(read(value)).Apply(flag =>
            ExposureRules.ForNodes(flag, unsetMeansPublic) is { } why ? throw Refused(type, name, why) : value));
    }

    // Checked once the values are known; throwing fails this resource's registration and so the run.
    private static Output<K8s.Types.Inputs.Core.V1.ServiceSpecArgs> GuardService(K8s.Types.Inputs.Core.V1.ServiceArgs service, string type, string name)
    {
        var annotations = service.Metadata.ToOutput().Apply(metadata =>
            metadata?.Annotations.ToOutput() ?? Output.Create<ImmutableDictionary<string, string>>(ImmutableDictionary<string, string>.Empty));
        var spec = service.Spec!.ToOutput();
        var serviceType = spec.Apply(s => s.Type is null
            ? Optional((Input<string>?)null)
            : s.Type.ToOutput().Apply(union => (string?)union.Match(text => text, kind => kind.ToString())));
        var loadBalancerClass = spec.Apply(s => Optional(s.LoadBalancerClass));
        return Output.Tuple(annotations, serviceType, loadBalancerClass, spec).Apply(parts =>
            ExposureRules.ForService(parts.Item2, parts.Item1, parts.Item3) is { } why ? throw Refused(type, name, why) : parts.Item4);
    }

    private static Output<string?> Optional(Input<string>? input) =>
        input is null ? Output.Create<string?>((string?)null) : input.ToOutput().Apply(value => (string?)value);

    private static Output<bool?> Optional(Input<bool>? input) =>
        input is null ? Output.Create<bool?>((bool?)null) : input.ToOutput().Apply(value => (bool?)value);

    /// <summary>The error a refused resource fails the run with.</summary>
    internal static RunException Refused(string type, string name, string reason) => new(
        $"Refused {type} '{name}': {reason}. This stack's cluster is private, so nothing in it may be reachable from the internet. " +
        $"Remove the resource, or make the cluster public: pulumi config set {ConfigKeys.Access.FullName} public");
}
