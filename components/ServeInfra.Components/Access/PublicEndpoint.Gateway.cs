using Pulumi;
using ServeInfra.Core.Access;
using ServeInfra.Core.Gateway;
using ServeInfra.Core.Isolation;
using ServeInfra.Core.Tokens;
using K8s = Pulumi.Kubernetes;
using Meta = Pulumi.Kubernetes.Types.Inputs.Meta.V1;

namespace ServeInfra.Components.Access;

public sealed partial class PublicEndpoint
{
    private const int GatewayPort = PublicGatewayPlan.ServicePort;

    private static Dictionary<string, string> GatewayPodLabels(EndpointContext context) => PublicGatewayPlan.PodLabels(context.Settings.Name).ToDictionary();

    private K8s.Core.V1.Service CreateGateway(
        string name, EndpointContext context, PublicAccess access, GatewaySettings gateway,
        IReadOnlyList<TokenSlot> slots, Dictionary<TokenSlot, Output<string>> tokens, Resource rayService)
    {
        var provider = context.Platform.Provider;
        // Autonamed: a changed config or token set gets a new object, and the new name rolls the Deployment.
        var config = new K8s.Core.V1.ConfigMap($"{name}-gateway-config", new K8s.Types.Inputs.Core.V1.ConfigMapArgs
        {
            Metadata = AutonamedMetadata(context),
            Immutable = true,
            Data = { { PublicGatewayPlan.ConfigFileName, GatewayConfigRenderer.Render(gateway) } },
        }, AccessOptions.Autonamed(this, provider));

        var tokenMap = Output.All(slots.Select(slot => tokens[slot]))
            .Apply(values => GatewayTokensRenderer.Render(PublicGatewayPlan.Tokens(slots, values)));
        var secret = new K8s.Core.V1.Secret($"{name}-gateway-tokens", new K8s.Types.Inputs.Core.V1.SecretArgs
        {
            Metadata = AutonamedMetadata(context),
            Immutable = true,
            Type = "Opaque",
            StringData = { { PublicGatewayPlan.TokensFileName, Output.CreateSecret(tokenMap) } },
        }, AccessOptions.Autonamed(this, provider));

        // Only the HTTPS load balancer reaches the gateway pods; created before them.
        var gatewayPolicy = NetworkPolicies.Create($"{name}-gateway-policy", ClusterIsolation.GatewayPolicy(context.Settings, access), context.Namespace,
            context.LabelInputs(), AccessOptions.Named(this, provider));

        var deployment = new K8s.Apps.V1.Deployment($"{name}-gateway", new K8s.Types.Inputs.Apps.V1.DeploymentArgs
        {
            Metadata = Metadata(context, context.Names.Gateway),
            Spec = GatewayDeployment.Spec(context, access, gateway, config, secret, GatewayPodLabels(context)),
        }, AccessOptions.Named(this, provider, rayService, gatewayPolicy));

        _ = new K8s.Policy.V1.PodDisruptionBudget($"{name}-gateway-pdb", new K8s.Types.Inputs.Policy.V1.PodDisruptionBudgetArgs
        {
            Metadata = Metadata(context, context.Names.Gateway),
            Spec = new K8s.Types.Inputs.Policy.V1.PodDisruptionBudgetSpecArgs
            {
                // Node drains and upgrades take at most one gateway pod away at a time.
                MaxUnavailable = 1,
                Selector = new Meta.LabelSelectorArgs { MatchLabels = GatewayPodLabels(context) },
            },
        }, AccessOptions.Named(this, provider));


        var backendConfig = new K8s.ApiExtensions.CustomResource($"{name}-backend-config", new Cluster.SpecResourceArgs("cloud.google.com/v1", "BackendConfig")
        {
            Metadata = Metadata(context, context.Names.Gateway),
            Spec = PublicIngressPlan.BackendConfigSpec(access, gateway),
        }, AccessOptions.Named(this, provider));

        return new K8s.Core.V1.Service($"{name}-gateway-service", new K8s.Types.Inputs.Core.V1.ServiceArgs
        {
            Metadata = Metadata(context, context.Names.Gateway, PublicIngressPlan.GatewayServiceAnnotations(context.Names).ToDictionary()),
            Spec = new K8s.Types.Inputs.Core.V1.ServiceSpecArgs
            {
                Type = "ClusterIP",
                Selector = GatewayPodLabels(context),
                Ports = { new K8s.Types.Inputs.Core.V1.ServicePortArgs { Name = "http", Port = GatewayPort, TargetPort = gateway.ListenPort } },
            },
        }, AccessOptions.Named(this, provider, deployment, backendConfig));
    }

    private static Meta.ObjectMetaArgs Metadata(EndpointContext context, string objectName, InputMap<string>? annotations = null) => new()
    {
        Name = objectName,
        Namespace = context.Namespace,
        Labels = context.LabelInputs(),
        Annotations = annotations ?? [],
    };

    private static Meta.ObjectMetaArgs AutonamedMetadata(EndpointContext context) => new()
    {
        Namespace = context.Namespace,
        Labels = context.LabelInputs(),
    };
}
