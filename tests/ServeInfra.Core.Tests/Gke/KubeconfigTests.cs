using ServeInfra.Core.Gke;

namespace ServeInfra.Core.Tests.Gke;

public class KubeconfigTests
{
    [Fact]
    public void The_kubeconfig_uses_the_gke_auth_plugin_and_no_static_credential()
    {
        var kubeconfig = Kubeconfig.Render("serve-dev-gke", "203.0.113.10", "Q0E=");

        Assert.Contains("server: https://203.0.113.10", kubeconfig, StringComparison.Ordinal);
        Assert.Contains("certificate-authority-data: Q0E=", kubeconfig, StringComparison.Ordinal);
        Assert.Contains("command: gke-gcloud-auth-plugin", kubeconfig, StringComparison.Ordinal);
        Assert.Contains("current-context: serve-dev-gke", kubeconfig, StringComparison.Ordinal);
        Assert.DoesNotContain("token:", kubeconfig, StringComparison.Ordinal);
        Assert.DoesNotContain("password", kubeconfig, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_parts_are_refused() =>
        Assert.Throws<ArgumentException>(() => Kubeconfig.Render("c", "", "Q0E="));
}
