using ServeInfra.Core.Ray;

namespace ServeInfra.Core.Tests.Ray;

public class KubeRayChartTests
{
    [Fact]
    public void The_crds_of_1_7_0_are_the_charts_crds_folder_at_the_tag()
    {
        // ray-project/kuberay v1.7.0 helm-chart/kuberay-operator/crds/: rayclusters, raycronjobs, rayjobs, rayservices.
        Assert.Equal(
            [
                "https://raw.githubusercontent.com/ray-project/kuberay/v1.7.0/helm-chart/kuberay-operator/crds/ray.io_rayclusters.yaml",
                "https://raw.githubusercontent.com/ray-project/kuberay/v1.7.0/helm-chart/kuberay-operator/crds/ray.io_rayjobs.yaml",
                "https://raw.githubusercontent.com/ray-project/kuberay/v1.7.0/helm-chart/kuberay-operator/crds/ray.io_rayservices.yaml",
                "https://raw.githubusercontent.com/ray-project/kuberay/v1.7.0/helm-chart/kuberay-operator/crds/ray.io_raycronjobs.yaml",
            ],
            KubeRayChart.CrdUrls("1.7.0"));
    }

    [Fact]
    public void Before_1_6_0_there_is_no_raycronjob_crd() =>
        Assert.Equal(["ray.io_rayclusters.yaml", "ray.io_rayjobs.yaml", "ray.io_rayservices.yaml"], KubeRayChart.CrdFiles("1.5.2"));

    [Theory]
    [InlineData("1.5.1", true)]
    [InlineData("1.6.2", true)]
    [InlineData("1.7.9", true)]
    [InlineData("1.5.0", false)]
    [InlineData("1.8.0", false)]
    [InlineData("2.0.0", false)]
    [InlineData("1.7", false)]
    public void Versions_are_supported_from_token_auth_to_the_newest_known_crd_set(string version, bool supported) =>
        Assert.Equal(supported, KubeRayChart.IsSupported(version));
}
