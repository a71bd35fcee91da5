using ServeInfra.Core.Gateway;
using ServeInfra.Core.Naming;
using ServeInfra.Core.Serve;
using ServeInfra.Core.Settings;
using ServeInfra.Core.Tokens;

namespace ServeInfra.Core.Access;

/// <summary>How a public cluster's token gateway is configured, from the cluster's settings.</summary>
public static partial class PublicGatewayPlan
{
    /// <summary>Where the ConfigMap with nginx.conf is mounted in the gateway container.</summary>
    public const string ConfigDirectory = "/etc/serveinfra/gateway";

    /// <summary>The ConfigMap key (and file name) of the rendered nginx.conf.</summary>
    public const string ConfigFileName = "nginx.conf";

    /// <summary>The Secret key (and file name) of the rendered token map.</summary>
    public const string TokensFileName = "tokens.conf";

    /// <summary>Where the Secret with the token map is mounted.</summary>
    public const string TokensDirectory = "/etc/serveinfra/gateway-tokens";

    /// <summary>The pinned gateway image: nginx that runs as UID 101 and listens on 8080.</summary>
    public const string Image = "nginxinc/nginx-unprivileged:1.29.3-alpine3.22";

    /// <summary>The labels of a cluster's gateway pods: its Deployment, Service, budget and policies select them.</summary>
    public static IReadOnlyDictionary<string, string> PodLabels(string cluster) => new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        [AccessStamp.ClusterLabel] = cluster,
        ["app.kubernetes.io/name"] = "serveinfra-gateway",
    };

    /// <summary>The gateway's settings for <paramref name="cluster"/>: in-cluster paths, Serve's Service as upstream, its routes, its timeout.</summary>
    public static GatewaySettings Settings(ClusterSettings cluster, PublicAccess access)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(access);
        var names = new ClusterNames(cluster.Name);
        return new GatewaySettings
        {
            UpstreamHost = names.ServeServiceHost,
            Routes = cluster.Applications.Select(app => new GatewayRoute { AppName = app.Name, RoutePrefix = app.RoutePrefix }).ToList(),
            RateLimits = access.Tokens
                .Where(token => token.RateLimit is not null)
                .Select(token => new GatewayRateLimit { TokenName = token.Name, RequestsPerSecond = token.RateLimit!.RequestsPerSecond, Burst = token.RateLimit.Burst })
                .ToList(),
            TokensFilePath = $"{TokensDirectory}/{TokensFileName}",
            ProxyReadTimeoutSeconds = access.BackendTimeoutSeconds,
            ProxySendTimeoutSeconds = access.BackendTimeoutSeconds,
            // Shorter than Serve's own idle timeout: the gateway closes an idle upstream connection before Serve does.
            UpstreamKeepaliveTimeoutSeconds = ServeConfigRenderer.KeepAliveTimeoutSeconds - 30,
        };
    }

    /// <summary>The path of the rendered nginx.conf inside the container.</summary>
    public static string ConfigPath => $"{ConfigDirectory}/{ConfigFileName}";

    /// <summary>Pairs each valid slot with its value, for <see cref="GatewayTokensRenderer"/>.</summary>
    public static IReadOnlyList<GatewayToken> Tokens(IReadOnlyList<TokenSlot> slots, IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(slots);
        ArgumentNullException.ThrowIfNull(values);
        if (slots.Count != values.Count)
        {
            throw new ArgumentException($"{slots.Count} token slots but {values.Count} values.", nameof(values));
        }

        // A name has two values during a rotation: they share the name (and its rate limit); the label tells them apart in the audit log.
        return slots.Select((slot, i) => new GatewayToken { Name = slot.Name, Label = slot.Label, Value = values[i] }).ToList();
    }

    /// <summary>The public host: the configured domain, or <c>&lt;ip&gt;.sslip.io</c> for trials.</summary>
    public static string Host(PublicAccess access, string ipAddress)
    {
        ArgumentNullException.ThrowIfNull(access);
        return access.Domain ?? $"{ipAddress}.sslip.io";
    }

    /// <summary>One API-docs link per application (secret: it carries the token).</summary>
    public static IReadOnlyDictionary<string, string> DocsLinks(GatewaySettings gateway, string host, string token)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        return gateway.Routes.ToDictionary(
            route => route.AppName,
            route => $"https://{host}{GatewayContract.DocsLoginPathAndQuery(gateway, route.AppName, token)}",
            StringComparer.Ordinal);
    }
}
