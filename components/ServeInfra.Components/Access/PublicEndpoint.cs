using System.Collections.Immutable;
using Pulumi;
using ServeInfra.Core.Access;
using ServeInfra.Core.Tokens;

namespace ServeInfra.Components.Access;

/// <summary>
/// The public access mode: a global static IP, a GKE Ingress with a Google-managed certificate and an HTTP to
/// HTTPS redirect, and a token gateway (nginx) in front of Ray Serve. Every request needs one of the cluster's
/// tokens; the Ray pods' NetworkPolicy (in <see cref="Cluster.ServeCluster"/>) admits only the gateway to Serve's port, and the
/// gateway's own admits only the load balancer.
/// </summary>
public sealed partial class PublicEndpoint : ComponentResource, IServeEndpoint
{
    /// <summary>The component's type token.</summary>
    public const string TypeToken = "serveinfra:access:PublicEndpoint";

    /// <summary>Creates the tokens, the gateway, the Ingress and their GCP resources.</summary>
    public PublicEndpoint(string name, PublicEndpointArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var context = args.Context;
        var gateway = PublicGatewayPlan.Settings(context.Settings, args.Access);
        var slots = TokenPlan.ValidSlots(args.Access.Tokens);
        var tokens = CreateTokens(name, args.Access, slots);
        var serveService = CreateServeService(name, context);
        var gatewayService = CreateGateway(name, context, args.Access, gateway, slots, tokens, serveService);
        var ip = CreateIngress(name, context, args.Access, gatewayService);

        var host = ip.Apply(address => PublicGatewayPlan.Host(args.Access, address));
        var defaultToken = tokens[slots.First(slot => slot.Name == TokenSettings.DefaultName && slot.IsCurrent)];
        Address = ip;
        Url = host.Apply(h => $"https://{h}/");
        Token = Output.CreateSecret(defaultToken);
        Tokens = Output.CreateSecret(Output.All(slots.Where(slot => slot.IsCurrent).Select(slot => tokens[slot].Apply(value => KeyValuePair.Create(slot.Name, value))))
            .Apply(pairs => pairs.ToImmutableDictionary()));
        DocsLinks = Output.CreateSecret(Output.Tuple(host, defaultToken)
            .Apply(parts => (ImmutableDictionary<string, string>)PublicGatewayPlan.DocsLinks(gateway, parts.Item1, parts.Item2).ToImmutableDictionary()));
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["address"] = Address,
            ["url"] = Url,
            ["token"] = Token,
            ["tokens"] = Tokens,
            ["docsLinks"] = DocsLinks,
        });
    }

    /// <summary>The global static IP; point the domain's A record here.</summary>
    [Output("address")]
    public Output<string> Address { get; private set; }

    /// <inheritdoc />
    [Output("url")]
    public Output<string> Url { get; private set; }

    /// <summary>The current value of the <c>default</c> token (secret).</summary>
    [Output("token")]
    public Output<string> Token { get; private set; }

    /// <summary>The current value of every named token, by name (secret).</summary>
    [Output("tokens")]
    public Output<ImmutableDictionary<string, string>> Tokens { get; private set; }

    /// <summary>One API-docs link per application, with the <c>default</c> token in it (secret).</summary>
    [Output("docsLinks")]
    public Output<ImmutableDictionary<string, string>> DocsLinks { get; private set; }
}
