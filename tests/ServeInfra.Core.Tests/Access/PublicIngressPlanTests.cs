using System.Text.Json;
using ServeInfra.Core.Access;
using ServeInfra.Core.Gateway;
using ServeInfra.Core.Naming;

namespace ServeInfra.Core.Tests.Access;

public class PublicIngressPlanTests
{
    [Fact]
    public void The_backend_config_checks_the_gateways_health_path_waits_for_serve_and_logs_no_url()
    {
        var spec = PublicIngressPlan.BackendConfigSpec(new PublicAccess { BackendTimeoutSeconds = 900 }, new GatewaySettings { UpstreamHost = "serve-serve-svc" });

        Assert.Equal(900, spec["timeoutSec"]);
        var health = (Dictionary<string, object>)spec["healthCheck"];
        Assert.Equal(("HTTP", "/_gateway/healthz", 8080), ((string)health["type"], (string)health["requestPath"], (int)health["port"]));
        Assert.Equal(false, ((Dictionary<string, object>)spec["logging"])["enable"]);
    }

    [Fact]
    public void The_gateway_service_uses_container_native_load_balancing_and_names_its_backend_config()
    {
        var annotations = PublicIngressPlan.GatewayServiceAnnotations(new ClusterNames("llm"));

        Assert.True(JsonDocument.Parse(annotations["cloud.google.com/neg"]).RootElement.GetProperty("ingress").GetBoolean());
        Assert.Equal("llm-gateway", JsonDocument.Parse(annotations["cloud.google.com/backend-config"]).RootElement.GetProperty("default").GetString());
    }

    [Fact]
    public void The_ingress_is_gce_class_by_annotation_with_its_address_certificate_and_frontend()
    {
        var annotations = PublicIngressPlan.IngressAnnotations("ip-1", "cert-1", "front-1");

        Assert.Equal(new Dictionary<string, string>
        {
            ["kubernetes.io/ingress.class"] = "gce",
            ["kubernetes.io/ingress.global-static-ip-name"] = "ip-1",
            ["networking.gke.io/managed-certificates"] = "cert-1",
            ["networking.gke.io/v1beta1.FrontendConfig"] = "front-1",
        }, annotations);
    }

    [Fact]
    public void The_frontend_redirects_http_and_the_certificate_covers_the_one_host()
    {
        Assert.Equal("MOVED_PERMANENTLY_DEFAULT", ((Dictionary<string, object>)PublicIngressPlan.FrontendConfigSpec("tls")["redirectToHttps"])["responseCodeName"]);
        Assert.Equal(["serve.example.com"], (List<object>)PublicIngressPlan.CertificateSpec("serve.example.com")["domains"]);
    }
}
