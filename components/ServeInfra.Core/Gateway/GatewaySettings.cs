namespace ServeInfra.Core.Gateway;

/// <summary>
/// Everything the token gateway's nginx.conf depends on, except the tokens (those are a separate secret
/// file, see <see cref="TokensFilePath"/>). Defaults fit the cluster: the <c>nginxinc/nginx-unprivileged</c>
/// image (UID 101) with a read-only root filesystem, an emptyDir at <c>/tmp</c>, and logs to the container's
/// stdout/stderr. <see cref="Validate"/> lists every problem at once.
/// </summary>
public sealed partial record GatewaySettings
{
    /// <summary>IPv4 address nginx listens on. Default <c>0.0.0.0</c> (cluster); <c>127.0.0.1</c> for local runs.</summary>
    public string ListenAddress { get; init; } = "0.0.0.0";

    /// <summary>TCP port nginx listens on. Default 8080: the unprivileged image cannot bind ports below 1024.</summary>
    public int ListenPort { get; init; } = 8080;

    /// <summary>
    /// Host of Ray Serve's HTTP port: a DNS name (in the cluster the Serve Service, e.g.
    /// <c>my-serve-svc.ray.svc.cluster.local</c>) or an IPv4 address. nginx resolves a name when it starts
    /// or reloads, so the Service must exist by then.
    /// </summary>
    public required string UpstreamHost { get; init; }

    /// <summary>Ray Serve's HTTP port, the only upstream. Default 8000 (Serve's <c>http_options.port</c>).</summary>
    public int UpstreamPort { get; init; } = 8000;

    /// <summary>The Serve applications docs-login links may redirect to. May be empty (then every link is 404).</summary>
    public IReadOnlyList<GatewayRoute> Routes { get; init; } = [];

    /// <summary>
    /// Per-token request-rate limits, at most one per token name. Default none. Each gateway process enforces them
    /// on its own: behind several pods a token gets up to (pods × rate).
    /// </summary>
    public IReadOnlyList<GatewayRateLimit> RateLimits { get; init; } = [];

    /// <summary>
    /// The <c>X-Forwarded-Proto</c> Serve receives on every request: <c>https</c> or <c>http</c>. Default <c>https</c>:
    /// in the cluster the load balancer terminates TLS and redirects plain HTTP, so every request the gateway
    /// proxies came over HTTPS. Local runs: <c>http</c>. The client's own <c>X-Forwarded-Proto</c> is never passed
    /// on: it is not trustworthy, and nginx 1.23+ would join repeated ones (<c>https, http</c>) where 1.22 took the
    /// first.
    /// </summary>
    public string ForwardedProto { get; init; } = "https";

    /// <summary>
    /// Unauthenticated path answered by nginx itself with 200 "ok" and never proxied; point the load
    /// balancer's health check here. Default <c>/_gateway/healthz</c>.
    /// </summary>
    public string HealthPath { get; init; } = "/_gateway/healthz";

    /// <summary>
    /// Path of the API-docs login link (<c>?app=&lt;AppName&gt;&amp;token=&lt;token&gt;</c>), which sets the
    /// <c>SERVE_TOKEN</c> cookie and redirects to the app's docs. Default <c>/_gateway/docs</c>.
    /// </summary>
    public string DocsLoginPath { get; init; } = "/_gateway/docs";

    /// <summary>
    /// Absolute path of the secret tokens file (<see cref="GatewayTokensRenderer"/>'s output), included by the
    /// nginx.conf. Default <c>/etc/serveinfra/gateway-tokens/tokens.conf</c>: mount the Kubernetes Secret at
    /// <c>/etc/serveinfra/gateway-tokens</c> with key <c>tokens.conf</c>. Changing tokens needs an nginx reload.
    /// </summary>
    public string TokensFilePath { get; init; } = "/etc/serveinfra/gateway-tokens/tokens.conf";

    /// <summary>
    /// Writable directory for the pid file and nginx's temporary files. Default <c>/tmp</c> (an emptyDir in the
    /// cluster, where the root filesystem is read-only). Local runs: a private temporary directory.
    /// </summary>
    public string RuntimeDirectory { get; init; } = "/tmp";

    /// <summary>Where the access log (one JSON line per request, token label but never token) goes. Default <c>/dev/stdout</c>.</summary>
    public string AccessLogPath { get; init; } = "/dev/stdout";

    /// <summary>Where the error log (level warn) goes. Default <c>/dev/stderr</c>.</summary>
    public string ErrorLogPath { get; init; } = "/dev/stderr";

    /// <summary>nginx worker processes, 1-64. Default 2. Match the container's CPU limit: nginx's "auto" counts the node's CPUs.</summary>
    public int WorkerProcesses { get; init; } = 2;

    /// <summary>Connections per worker, 64-65536; each proxied request holds two. Default 1024.</summary>
    public int WorkerConnections { get; init; } = 1024;

    /// <summary>Largest request body in MiB, 1-10240; larger ones get 413. Default 100 (inference payloads can be big).</summary>
    public int ClientMaxBodySizeMegabytes { get; init; } = 100;

    /// <summary>Seconds to wait for a TCP connection to Serve, 1-75. Default 5.</summary>
    public int ProxyConnectTimeoutSeconds { get; init; } = 5;

    /// <summary>
    /// Seconds nginx waits between two reads from Serve, 1-3600. Default 300 (slow inference). Keep the load
    /// balancer's backend timeout at least this long.
    /// </summary>
    public int ProxyReadTimeoutSeconds { get; init; } = 300;

    /// <summary>Seconds nginx waits between two writes to Serve, 1-3600. Default 300.</summary>
    public int ProxySendTimeoutSeconds { get; init; } = 300;

    /// <summary>
    /// Seconds an idle client connection stays open, 1-3600. Default 620: longer than the Google load
    /// balancer's fixed 600 s backend keep-alive, so the load balancer, not nginx, closes idle connections
    /// (otherwise a request can race a close and get a 502).
    /// </summary>
    public int ClientKeepaliveTimeoutSeconds { get; init; } = 620;

    /// <summary>
    /// Seconds an idle connection to Serve stays in nginx's pool, 1-3600. Default 60: must stay below Serve's
    /// <c>http_options.keep_alive_timeout_s</c> (90 by default) so nginx, not Serve, closes idle connections.
    /// </summary>
    public int UpstreamKeepaliveTimeoutSeconds { get; init; } = 60;

    /// <summary>Idle connections to Serve each worker keeps for reuse, 1-1024. Default 32.</summary>
    public int UpstreamKeepaliveConnections { get; init; } = 32;
}
