using ServeInfra.Core.Tests.Gateway.Infrastructure;
using Xunit.Abstractions;

namespace ServeInfra.Core.Tests.Gateway;

/// <summary>
/// The end-to-end tests hold on any nginx from Debian 12's 1.22 to the cluster image's 1.29.3: they assert what the
/// gateway guarantees, not one version's answer. This says which one ran (tests/run prints it too).
/// </summary>
public sealed class GatewayNginxVersionTests(ITestOutputHelper output)
{
    [Fact]
    public void The_nginx_under_test_is_supported()
    {
        NginxInstance.RequireNginx();

        output.WriteLine($"nginx under test: {NginxInstance.Binary}, version {NginxInstance.Version}");
        Assert.True(NginxInstance.Version >= NginxInstance.MinimumVersion, $"nginx {NginxInstance.Version}");
    }
}
