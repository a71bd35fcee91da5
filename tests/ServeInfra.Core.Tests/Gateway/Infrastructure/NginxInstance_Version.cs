using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ServeInfra.Core.Tests.Gateway.Infrastructure;

/// <summary>Which nginx the tests run, and its version.</summary>
public sealed partial class NginxInstance
{
    /// <summary>The nginx binary: <c>SERVEINFRA_NGINX</c> if set, else Debian's <c>/usr/sbin/nginx</c>.</summary>
    public static string Binary => Environment.GetEnvironmentVariable("SERVEINFRA_NGINX") ?? "/usr/sbin/nginx";

    /// <summary>The oldest nginx the gateway supports: Debian 12's. The cluster runs 1.29.3 (PublicGatewayPlan.Image).</summary>
    public static Version MinimumVersion { get; } = new(1, 22);

    /// <summary>The version of <see cref="Binary"/>, from <c>nginx -v</c>.</summary>
    public static Version Version => LazyVersion.Value;

    private static Lazy<Version> LazyVersion { get; } = new(ReadVersion);

    /// <summary>Fails (never skips) when nginx is missing or older than <see cref="MinimumVersion"/>, saying how to fix it.</summary>
    public static void RequireNginx()
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException(
                $"nginx not found at {Binary}. The gateway end-to-end tests run a real nginx: install it with " +
                "'apt-get install -y nginx-light' (Debian 12, nginx 1.22), or point SERVEINFRA_NGINX at an nginx binary.");
        }

        if (Version < MinimumVersion)
        {
            throw new InvalidOperationException($"{Binary} is nginx {Version}; the gateway needs {MinimumVersion} or later. Point SERVEINFRA_NGINX at another nginx.");
        }
    }

    private static Version ReadVersion()
    {
        var start = new ProcessStartInfo(Binary, "-v") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var text = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var match = Regex.Match(text, @"nginx/(\d+\.\d+\.\d+)", RegexOptions.None, TimeSpan.FromSeconds(1));
        return match.Success ? Version.Parse(match.Groups[1].Value) : throw new InvalidOperationException($"{Binary} -v printed no nginx version: {text}");
    }
}
