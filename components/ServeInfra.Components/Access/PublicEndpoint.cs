using System.Collections.Immutable;
using Pulumi;
using ServeInfra.Core.Access;
using ServeInfra.Core.Checks;
using ServeInfra.Core.Gateway;
using ServeInfra.Core.Tokens;
using K8s = Pulumi.Kubernetes;

namespace ServeInfra.Components.Access;

/// <summary>
/// The public access mode: a global static IP, a GKE Ingress with a Google-managed certificate and an HTTP to
/// HTTPS redirect, and a token gateway (nginx) in front of KubeRay's serve Service (which follows the active Ray
/// cluster). Every request needs one of the cluster's tokens; the Ray pods' NetworkPolicy (in
/// <see cref="Cluster.ServeCluster"/>) admits only the gateway to Serve's port, and the gateway's own admits only the
/// load balancer and the endpoint check.
/// </summary>
public sealed partial class PublicEndpoint : ComponentResource, IServeEndpoint
{
    /// <summary>The component's type token.</summary>
    public const string TypeToken = "serveinfra:access:PublicEndpoint";

    private readonly string _name;
    private readonly PublicEndpointArgs _args;
    private readonly GatewaySettings _gateway;
    private readonly IReadOnlyList<TokenSlot> _slots;
    private readonly Dictionary<TokenSlot, Output<string>> _tokens;

    /// <summary>Creates the tokens; <see cref="Serve"/> completes the endpoint.</summary>
    internal PublicEndpoint(string name, PublicEndpointArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        _name = name;
        _args = args;
        _gateway = PublicGatewayPlan.Settings(args.Context.Settings, args.Access);
        _slots = TokenPlan.ValidSlots(args.Access.Tokens);
        _tokens = CreateTokens(name, args.Access, _slots);
        var defaultToken = _tokens[_slots.First(slot => slot.Name == TokenSettings.DefaultName && slot.IsCurrent)];
        Token = Output.CreateSecret(defaultToken);
        Tokens = Output.CreateSecret(Output.All(_slots.Where(slot => slot.IsCurrent).Select(slot => _tokens[slot].Apply(value => KeyValuePair.Create(slot.Name, value))))
            .Apply(pairs => pairs.ToImmutableDictionary()));
    }

    /// <inheritdoc/>
    public Output<object>? ServeService => null;

    /// <summary>The global static IP the Ingress listens on.</summary>
    [Output("address")]
    public Output<string> Address { get; private set; } = null!;

    /// <summary>The URL clients call: <c>https://&lt;domain or ip.sslip.io&gt;/</c>.</summary>
    [Output("url")]
    public Output<string> Url { get; private set; } = null!;

    /// <summary>The <c>default</c> token's current value (secret).</summary>
    [Output("token")]
    public Output<string> Token { get; private set; }

    /// <summary>Every named token's current value (secret).</summary>
    [Output("tokens")]
    public Output<ImmutableDictionary<string, string>> Tokens { get; private set; }

    /// <summary>One API-docs link per application (secret: each carries the default token).</summary>
    [Output("docsLinks")]
    public Output<ImmutableDictionary<string, string>> DocsLinks { get; private set; } = null!;

    /// <summary>Creates the gateway in front of KubeRay's serve Service, the Ingress, and the endpoint check.</summary>
    public void Serve(Resource rayService)
    {
        var context = _args.Context;
        var gatewayService = CreateGateway(_name, context, _args.Access, _gateway, _slots, _tokens, rayService);
        var ip = CreateIngress(_name, context, _args.Access, gatewayService);
        var host = ip.Apply(address => PublicGatewayPlan.Host(_args.Access, address));
        var url = host.Apply(h => $"https://{h}/");

        // The check calls the gateway inside the cluster: the certificate may take an hour, the gateway and Serve may not.
        var checkToken = new K8s.Core.V1.Secret($"{_name}-check-token", new K8s.Types.Inputs.Core.V1.SecretArgs
        {
            Metadata = AutonamedMetadata(context),
            Immutable = true,
            Type = "Opaque",
            StringData = { { EndpointCheckJobResource.TokenKey, Token } },
        }, AccessOptions.Autonamed(this, context.Platform.Provider));
        var check = EndpointCheckJobResource.Create(this, context, Output.Create(PublicGatewayPlan.InClusterUrl(context.Names)), gatewayService,
            EndpointCheckJob.Revision(context.Settings, _gateway), checkToken);

        Address = ip;
        Url = EndpointCheckJobResource.AfterCheck(url, check);
        DocsLinks = Output.CreateSecret(Output.Tuple(host, Token)
            .Apply(parts => (ImmutableDictionary<string, string>)PublicGatewayPlan.DocsLinks(_gateway, parts.Item1, parts.Item2).ToImmutableDictionary()));
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["address"] = Address,
            ["url"] = Url,
            ["token"] = Token,
            ["tokens"] = Tokens,
            ["docsLinks"] = DocsLinks,
        });
    }
}
