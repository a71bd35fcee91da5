using System.Globalization;
using System.Text;

namespace ServeInfra.Core.Gateway;

/// <summary>
/// Renders the token gateway's complete nginx.conf (main context: workers, pid, events, http). The file
/// holds no secret: the tokens come from <see cref="GatewaySettings.TokensFilePath"/>, which it includes.
/// It uses no file of any distribution (no mime.types, no /var paths), so Debian's nginx 1.22 and the
/// official images (1.2x, 1.3x) run it alike. Start nginx with <see cref="GatewayContract.NginxArguments"/>.
/// </summary>
public static partial class GatewayConfigRenderer
{
    /// <summary>
    /// nginx's <c>map_hash_max_size</c> for the gateway. nginx builds each map's hash at start, trying table sizes up
    /// to this one until no bucket overflows <see cref="MapHashBucketSize"/> (<c>ngx_hash_init</c>,
    /// src/core/ngx_hash.c). For <see cref="GatewayTokensRenderer.MaximumTokens"/> keys it finds one; nginx's
    /// default (2048) would make it give up and overfill buckets, so a lookup would scan more keys as tokens grow.
    /// </summary>
    internal const int MapHashMaxSize = 32768;

    /// <summary>
    /// nginx's <c>map_hash_bucket_size</c> in bytes: room for seven 50-character keys (64 bytes each with nginx's
    /// per-key header), the most one lookup compares. nginx's default, one cache line (64), cannot hold even one.
    /// </summary>
    internal const int MapHashBucketSize = 512;

    /// <summary>One JSON access-log line (the <c>log_format</c> body), its path taken from <paramref name="path"/>.</summary>
    private static string AuditLogFormat(string path) =>
        $$"""{"time":"$time_iso8601","method":"$request_method","path":"{{path}}","status":$status,"token":"{{GatewayVariables.TokenLabel}}","request_time":$request_time,"upstream_time":"$upstream_response_time","bytes_sent":$bytes_sent,"client":"$remote_addr"}""";

    /// <summary>The nginx.conf for <paramref name="settings"/>.</summary>
    /// <exception cref="ArgumentException">The settings are invalid; the message lists every problem.</exception>
    public static string Render(GatewaySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = settings.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(Environment.NewLine, errors), nameof(settings));
        }

        var s = settings;
        var run = s.RuntimeDirectory;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $$"""
            # ServeInfra token gateway in front of Ray Serve (public access mode).
            # Rendered by ServeInfra.Core.Gateway.GatewayConfigRenderer: edit the settings, not this file.
            # Holds no secret: the valid tokens come from {{s.TokensFilePath}}.
            # Run: nginx -c <this file> -g 'daemon off;'. No 'user' line: in the cluster nginx runs as UID 101.
            worker_processes {{s.WorkerProcesses}};
            pid {{run}}/nginx.pid;
            pcre_jit on;
            # warn, not info: at info nginx logs rejected request lines and duplicate headers, tokens included.
            error_log {{s.ErrorLogPath}} warn;

            events {
                worker_connections {{s.WorkerConnections}};
            }

            http {
                server_tokens off;
                default_type text/plain;
                # Redirects carry a path only: behind the load balancer nginx cannot know the public scheme and host.
                absolute_redirect off;
                keepalive_timeout {{s.ClientKeepaliveTimeoutSeconds}}s;
                client_max_body_size {{s.ClientMaxBodySizeMegabytes}}m;
                # Room for a browser's cookies next to a bearer token; a larger header line gets 400 and never reaches Serve.
                large_client_header_buffers 4 16k;
                # Before any map (nginx fixes them at the first map block): the token map's hash holds up to
                # {{GatewayTokensRenderer.MaximumTokens}} tokens with at most a few keys per bucket, so a lookup costs the same for 1 token or 10,000.
                map_hash_max_size {{MapHashMaxSize}};
                map_hash_bucket_size {{MapHashBucketSize}};

                # The root filesystem is read-only in the cluster: everything nginx writes goes under the runtime directory.
                client_body_temp_path {{run}}/client_temp;
                proxy_temp_path {{run}}/proxy_temp;
                fastcgi_temp_path {{run}}/fastcgi_temp;
                uwsgi_temp_path {{run}}/uwsgi_temp;
                scgi_temp_path {{run}}/scgi_temp;

                # Audit log: which named token authorised each request. No $request, $request_uri, $args, cookies,
                # Authorization or Referer in it: each of them can carry a token. Two formats, chosen by where a request
                # ends, so no request pays for the choice: the locations that proxy or log a docs login log the path as
                # Serve receives it (serveinfra_audit); everything else (the gateway's 401s, 429s and Cookie 400s, and
                # what nginx refuses before a location is chosen: 400, 405, 494) logs it through $serveinfra_refused_path.
                log_format serveinfra_audit escape=json '{{AuditLogFormat("$uri")}}';
                log_format serveinfra_refused escape=json '{{AuditLogFormat("$serveinfra_refused_path")}}';
                access_log {{s.AccessLogPath}} serveinfra_refused;
                # A refused request's path, withheld when it holds a run of {{GatewayTokenGenerator.LegacyLength}} or more letters and digits, a token's
                # shape: $uri is decoded, so a docs link whose '?' got percent-encoded puts its token in the path.
                map $uri $serveinfra_refused_path {
                    "~[A-Za-z0-9]{{{GatewayTokenGenerator.LegacyLength}},}" "(withheld: it holds a token-shaped string)";
                    default $uri;
                }


            """);
        AppendCredentialMaps(text, s);
        AppendUpstreamMaps(text, s);
        AppendResponseMaps(text, s);
        AppendRateLimitZones(text, s);
        AppendServer(text, s);
        text.Append("}\n");
        return text.ToString();
    }
}
