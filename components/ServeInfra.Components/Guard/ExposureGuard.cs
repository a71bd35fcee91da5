using System.Collections.Immutable;
using Pulumi;
using ServeInfra.Core.Access;
using ServeInfra.Core.Configuration;
using ServeInfra.Core.Naming;
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
    private const string RayServiceType = "kubernetes:ray.io/v1:RayService";

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
            case K8s.Types.Inputs.Core.V1.ServicePatchArgs { Spec: not null } patch:
                patch.Spec = GuardServicePatch(patch, type, resource.GetResourceName());
                break;
            case Cluster.SpecResourceArgs rayService when type == RayServiceType:
                rayService.Spec = rayService.Spec.ToOutput().Apply(spec =>
                    GuardServeService(spec.GetValueOrDefault("serveService")) is { } why ? throw Refused(type, resource.GetResourceName(), why) : spec);
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

    // A patch of KubeRay's serve Service (<rayservice>-serve-svc) is Serve's endpoint: it must also list its source ranges.
    private static Output<K8s.Types.Inputs.Core.V1.ServiceSpecPatchArgs> GuardServicePatch(K8s.Types.Inputs.Core.V1.ServicePatchArgs patch, string type, string name)
    {
        var metadata = patch.Metadata?.ToOutput() ?? Output.Create(new K8s.Types.Inputs.Meta.V1.ObjectMetaPatchArgs());
        var annotations = metadata.Apply(m => m.Annotations.ToOutput());
        var target = metadata.Apply(m => Optional(m.Name));
        var spec = patch.Spec!.ToOutput();
        var serviceType = spec.Apply(s => s.Type is null
            ? Optional((Input<string>?)null)
            : s.Type.ToOutput().Apply(union => (string?)union.Match(text => text, kind => kind.ToString())));
        var shape = spec.Apply(s => Output.Tuple(Optional(s.LoadBalancerClass), s.LoadBalancerSourceRanges.ToOutput()));
        return Output.Tuple(annotations, serviceType, shape, target, spec).Apply(parts =>
        {
            var (lbClass, ranges) = parts.Item3;
            var why = ClusterNames.IsServeService(parts.Item4)
                ? ExposureRules.ForServeService(parts.Item2, parts.Item1, lbClass, ranges.Length)
                : ExposureRules.ForService(parts.Item2, parts.Item1, lbClass);
            return why is null ? parts.Item5 : throw Refused(type, name, why);
        });
    }

    // A RayService's serveService is the Service KubeRay creates for Serve, wherever it is declared.
    private static string? GuardServeService(object? serveService)
    {
        if (serveService is not IDictionary<string, object> service)
        {
            return null;
        }

        var metadata = service.TryGetValue("metadata", out var m) ? m as IDictionary<string, object> : null;
        var spec = service.TryGetValue("spec", out var s) ? s as IDictionary<string, object> : null;
        var annotations = metadata is not null && metadata.TryGetValue("annotations", out var a) && a is IDictionary<string, object> map
            ? map.ToDictionary(p => p.Key, p => p.Value?.ToString() ?? "")
            : null;
        var ranges = spec is not null && spec.TryGetValue("loadBalancerSourceRanges", out var r) && r is System.Collections.ICollection list ? list.Count : 0;
        return ExposureRules.ForServeService(Text(spec, "type"), annotations, Text(spec, "loadBalancerClass"), ranges);
    }

    private static string? Text(IDictionary<string, object>? map, string key) =>
        map is not null && map.TryGetValue(key, out var value) ? value?.ToString() : null;

    private static Output<string?> Optional(Input<string>? input) =>
        input is null ? Output.Create<string?>((string?)null) : input.ToOutput().Apply(value => (string?)value);

    private static Output<bool?> Optional(Input<bool>? input) =>
        input is null ? Output.Create<bool?>((bool?)null) : input.ToOutput().Apply(value => (bool?)value);

    /// <summary>The error a refused resource fails the run with.</summary>
    internal static RunException Refused(string type, string name, string reason) => new(
        $"Refused {type} '{name}': {reason}. This stack's cluster is private, so nothing in it may be reachable from the internet. " +
        $"Remove the resource, or make the cluster public: pulumi config set {ConfigKeys.Access.FullName} public (a stack built on the components: give the cluster a PublicAccess).");
}
