using System.Collections.Immutable;
using Pulumi;
using ServeInfra.Components.Access;
using ServeInfra.Components.Guard;
using ServeInfra.Core.Access;
using ServeInfra.Core.Isolation;
using ServeInfra.Core.Naming;
using ServeInfra.Core.Ray;
using ServeInfra.Core.Settings;
using K8s = Pulumi.Kubernetes;

namespace ServeInfra.Components.Cluster;

/// <summary>
/// One Ray Serve cluster on a <see cref="Cloud.ServeCloud"/>: its namespace, the NetworkPolicy and disruption budgets
/// of its Ray pods, a KubeRay RayService, and the endpoint of its access mode. Every access-dependent child carries the
/// mode, so changing it replaces them.
/// </summary>
public sealed partial class ServeCluster : ComponentResource
{
    /// <summary>The component's type token.</summary>
    public const string TypeToken = "serveinfra:cluster:ServeCluster";

    /// <summary>Creates the cluster and its endpoint, once its settings pass their <c>Validate()</c>.</summary>
    /// <exception cref="RunException">The settings break a rule; every problem is listed and nothing is registered.</exception>
    public ServeCluster(string name, ServeClusterArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, SettingsGuard.Checked(nameof(ServeCluster), name, Problems(args)), options)
    {
        var settings = args.Settings;
        var platform = args.Platform;
        var names = new ClusterNames(settings.Name);
        var labels = AccessStamp.Labels(settings.Name, settings.Access);

        // The namespace outlives access changes: it holds nothing that depends on the mode by itself.
        var ns = new K8s.Core.V1.Namespace($"{name}-namespace", new K8s.Types.Inputs.Core.V1.NamespaceArgs
        {
            Metadata = new K8s.Types.Inputs.Meta.V1.ObjectMetaArgs
            {
                Name = names.Namespace,
                Labels = { { AccessStamp.ClusterLabel, settings.Name }, { "app.kubernetes.io/part-of", "serveinfra" } },
            },
        }, new CustomResourceOptions { Parent = this, Provider = platform.Provider });
        var nsName = ns.Metadata.Apply(m => m.Name);

        // The Ray pods' policy exists before the first Ray pod, so no pod is ever reachable without it.
        var rayPolicy = NetworkPolicies.Create($"{name}-ray-policy", ClusterIsolation.RayPolicy(settings, platform.Network), nsName, labels.ToDictionary(),
            AccessOptions.Named(this, platform.Provider));
        CreateDisruptionBudgets(name, settings, nsName, platform.Provider);

        // The endpoint first: it says how KubeRay's serve Service must look, which is part of the RayService's spec.
        var context = new EndpointContext(platform, settings, names, labels, nsName);
        IServeEndpoint endpoint = settings.Access switch
        {
            PrivateAccess access => new PrivateEndpoint($"{name}-private", new PrivateEndpointArgs { Context = context, Access = access }, new ComponentResourceOptions { Parent = this }),
            PublicAccess access => new PublicEndpoint($"{name}-public", new PublicEndpointArgs { Context = context, Access = access }, new ComponentResourceOptions { Parent = this }),
            _ => throw new ArgumentOutOfRangeException(nameof(args), settings.Access.Stamp, "Unknown access mode."),
        };

        InputMap<object> spec = RayServiceSpec.Build(settings, labels).ToDictionary();
        if (endpoint.ServeService is { } serveService)
        {
            spec["serveService"] = serveService;
        }

        Resource[] rayDependencies = platform.KubeRayOperator is { } kuberay ? [rayPolicy, kuberay] : [rayPolicy];

        // pulumi up waits until Serve is Ready with no upgrade in progress, and fails with what to look at.
        var rayService = new K8s.ApiExtensions.CustomResource($"{name}-rayservice", new SpecResourceArgs("ray.io/v1", "RayService")
        {
            Metadata = new K8s.Types.Inputs.Meta.V1.ObjectMetaArgs
            {
                Name = names.RayService,
                Namespace = nsName,
                Labels = labels.ToDictionary(),
                Annotations = RayServiceReadiness.Annotations(settings.ServeReadyTimeoutSeconds).ToDictionary(),
            },
            Spec = spec,
        }, AccessOptions.RayService(this, platform.Provider, rayDependencies));
        Log.Info(RayServiceReadiness.TimeoutHint(names, settings.ServeReadyTimeoutSeconds), rayService);
        endpoint.Serve(rayService);

        Endpoint = endpoint;
        Url = endpoint.Url;
        (Token, Tokens, DocsLinks) = endpoint is PublicEndpoint publicEndpoint
            ? (publicEndpoint.Token.Apply(t => (string?)t), publicEndpoint.Tokens.Apply(t => (ImmutableDictionary<string, string>?)t), publicEndpoint.DocsLinks.Apply(d => (ImmutableDictionary<string, string>?)d))
            : (Output.Create((string?)null), Output.Create((ImmutableDictionary<string, string>?)null), Output.Create((ImmutableDictionary<string, string>?)null));
        Access = Output.Create(settings.Access.Stamp);
        Namespace = nsName;
        RayServiceName = Output.Create(names.RayService);
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["url"] = Url,
            ["access"] = Access,
            ["namespace"] = Namespace,
            ["rayServiceName"] = RayServiceName,
            ["token"] = Token,
            ["tokens"] = Tokens,
            ["docsLinks"] = DocsLinks,
        });
    }

    // Before any child: a bad name or token list would otherwise fail inside a child (the gateway's renderer), after others were registered.
    private static IEnumerable<object> Problems(ServeClusterArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Settings?.Validate() ?? [new SettingsProblem("ServeClusterArgs.Settings", null, null, "is not set", "cluster settings", null)];
    }

    /// <summary>The endpoint of the cluster's access mode (a <see cref="PrivateEndpoint"/> or a <see cref="PublicEndpoint"/>).</summary>
    internal IServeEndpoint Endpoint { get; }

    /// <summary>The <c>default</c> token's current value (secret); null for a private cluster, which has no token.</summary>
    [Output("token")]
    public Output<string?> Token { get; private set; }

    /// <summary>Every named token's current value (secret); null for a private cluster.</summary>
    [Output("tokens")]
    public Output<ImmutableDictionary<string, string>?> Tokens { get; private set; }

    /// <summary>One API-docs link per application (secret: each carries the default token); null for a private cluster.</summary>
    [Output("docsLinks")]
    public Output<ImmutableDictionary<string, string>?> DocsLinks { get; private set; }

    /// <summary>The URL clients call.</summary>
    [Output("url")]
    public Output<string> Url { get; private set; }

    /// <summary>The access mode: <c>private</c> or <c>public</c>.</summary>
    [Output("access")]
    public Output<string> Access { get; private set; }

    /// <summary>The Kubernetes namespace of the cluster.</summary>
    [Output("namespace")]
    public Output<string> Namespace { get; private set; }

    /// <summary>The RayService's name (kubectl get rayservice -n &lt;namespace&gt;).</summary>
    [Output("rayServiceName")]
    public Output<string> RayServiceName { get; private set; }
}
