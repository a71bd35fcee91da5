using ServeInfra.Core.Serve;
namespace ServeInfra.Core.Gateway;

public sealed partial record GatewaySettings
{
    /// <summary>
    /// Every problem with these settings, one message each naming the setting, the bad value and what is
    /// allowed; empty when the settings are usable. Nothing here is secret, so values are quoted.
    /// </summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        void Check(bool ok, string setting, object? value, string allowed)
        {
            if (!ok)
            {
                errors.Add($"GatewaySettings.{setting}: '{value}' is not allowed; {allowed}.");
            }
        }

        Check(ListenAddress is not null && GatewaySyntax.Ipv4().IsMatch(ListenAddress), nameof(ListenAddress), ListenAddress, "use an IPv4 address such as 0.0.0.0 or 127.0.0.1");
        Check(ListenPort is >= 1 and <= 65535, nameof(ListenPort), ListenPort, "use a port 1-65535");
        Check(UpstreamHost is not null && UpstreamHost.Length <= 253 && (GatewaySyntax.DnsName().IsMatch(UpstreamHost) || GatewaySyntax.Ipv4().IsMatch(UpstreamHost)),
            nameof(UpstreamHost), UpstreamHost, "use a DNS name or an IPv4 address, without scheme or port");
        Check(UpstreamPort is >= 1 and <= 65535, nameof(UpstreamPort), UpstreamPort, "use a port 1-65535");

        foreach (var (name, path) in new[] { (nameof(HealthPath), HealthPath), (nameof(DocsLoginPath), DocsLoginPath) })
        {
            Check(path is not null && GatewaySyntax.UrlPath().IsMatch(path) && !GatewaySyntax.HasDotSegment(path),
                name, path, "use an absolute URL path other than '/', of A-Z a-z 0-9 . _ ~ - segments, without trailing slash or . and .. segments");
        }

        Check(HealthPath != DocsLoginPath, nameof(DocsLoginPath), DocsLoginPath, "use a path different from HealthPath");

        foreach (var (name, path) in new[]
                 {
                     (nameof(TokensFilePath), TokensFilePath), (nameof(RuntimeDirectory), RuntimeDirectory),
                     (nameof(AccessLogPath), AccessLogPath), (nameof(ErrorLogPath), ErrorLogPath),
                 })
        {
            Check(path is not null && GatewaySyntax.FilePath().IsMatch(path) && !GatewaySyntax.HasDotSegment(path),
                name, path, "use an absolute file path of A-Z a-z 0-9 . _ - segments, without trailing slash or . and .. segments");
        }

        Check(WorkerProcesses is >= 1 and <= 64, nameof(WorkerProcesses), WorkerProcesses, "use 1-64");
        Check(WorkerConnections is >= 64 and <= 65536, nameof(WorkerConnections), WorkerConnections, "use 64-65536");
        Check(ClientMaxBodySizeMegabytes is >= 1 and <= 10240, nameof(ClientMaxBodySizeMegabytes), ClientMaxBodySizeMegabytes, "use 1-10240 (MiB)");
        Check(ProxyConnectTimeoutSeconds is >= 1 and <= 75, nameof(ProxyConnectTimeoutSeconds), ProxyConnectTimeoutSeconds, "use 1-75 (seconds; nginx caps it at 75)");
        foreach (var (name, seconds) in new[]
                 {
                     (nameof(ProxyReadTimeoutSeconds), ProxyReadTimeoutSeconds), (nameof(ProxySendTimeoutSeconds), ProxySendTimeoutSeconds),
                     (nameof(ClientKeepaliveTimeoutSeconds), ClientKeepaliveTimeoutSeconds),
                     (nameof(UpstreamKeepaliveTimeoutSeconds), UpstreamKeepaliveTimeoutSeconds),
                 })
        {
            Check(seconds is >= 1 and <= 3600, name, seconds, "use 1-3600 (seconds)");
        }

        Check(UpstreamKeepaliveConnections is >= 1 and <= 1024, nameof(UpstreamKeepaliveConnections), UpstreamKeepaliveConnections, "use 1-1024");
        Check(ForwardedProto is "https" or "http", nameof(ForwardedProto), ForwardedProto, "use https (behind a TLS-terminating load balancer) or http");
        ValidateRoutes(errors);
        ValidateRateLimits(errors);
        return errors;
    }

    private void ValidateRoutes(List<string> errors)
    {
        if (Routes is null)
        {
            errors.Add("GatewaySettings.Routes: is null; use an empty list for no routes.");
            return;
        }

        var reserved = new[] { HealthPath, DocsLoginPath };
        for (var i = 0; i < Routes.Count; i++)
        {
            var route = Routes[i];
            var at = $"GatewaySettings.Routes[{i}]";
            if (!ServeApplicationName.IsValid(route?.AppName))
            {
                errors.Add($"{at}.AppName: '{route?.AppName}' is not allowed; use {ServeApplicationName.Allowed}.");
            }
            else if (Routes.Take(i).Any(other => other?.AppName == route.AppName))
            {
                errors.Add($"{at}.AppName: '{route.AppName}' appears twice; each app needs one route.");
            }

            if (route?.RoutePrefix is null || (route.RoutePrefix != "/" && (!GatewaySyntax.UrlPath().IsMatch(route.RoutePrefix) || GatewaySyntax.HasDotSegment(route.RoutePrefix))))
            {
                errors.Add($"{at}.RoutePrefix: '{route?.RoutePrefix}' is not allowed; use '/' or /segment[/segment...] of A-Z a-z 0-9 . _ ~ -, without trailing slash or . and .. segments.");
                continue;
            }

            if (Routes.Take(i).Any(other => other?.RoutePrefix == route.RoutePrefix))
            {
                errors.Add($"{at}.RoutePrefix: '{route.RoutePrefix}' is used by another app; each app needs its own prefix.");
            }

            // The gateway answers its own paths itself, so an app under them would lose those URLs (and its docs link).
            if (reserved.Any(path => path == route.DocsPath || (route.RoutePrefix != "/" && (path == route.RoutePrefix || path?.StartsWith(route.RoutePrefix + "/", StringComparison.Ordinal) == true))))
            {
                errors.Add($"{at}.RoutePrefix: '{route.RoutePrefix}' overlaps the gateway's own paths ({HealthPath}, {DocsLoginPath}); use another prefix or move HealthPath/DocsLoginPath.");
            }
        }
    }
}
