using ServeInfra.Core.Configuration;
using ServeInfra.Core.Tests.Support;

namespace ServeInfra.Core.Tests.Configuration;

public class StackConfigLoaderErrorTests
{
    public static TheoryData<string, string?, string> BadValues => new()
    {
        { "gcp:project", null, "gcp:project: is not set. Allowed: your GCP project id (6 to 30 characters: a-z, 0-9, -). Fix: pulumi config set gcp:project <your-project-id>" },
        { "gcp:project", "My_Project", "gcp:project: \"My_Project\" is not a GCP project id. Allowed: 6 to 30 characters: lower-case letters, digits and hyphens, starting with a letter. Fix: pulumi config set gcp:project <your-project-id>" },
        { "access", "publik", "serveinfra:access: \"publik\" is not an access mode. Allowed: private or public. Fix: pulumi config set serveinfra:access private" },
        { "access", "Public", "serveinfra:access: \"Public\" is not an access mode. Allowed: private or public. Fix: pulumi config set serveinfra:access private" },
        { "region", "us central1", "serveinfra:region: \"us central1\" is not a GCP region name. Allowed: a region such as us-central1 or europe-west4. Fix: pulumi config set serveinfra:region us-central1" },
        { "cloudName", "Serve_Prod", "serveinfra:cloudName: \"Serve_Prod\" is not a valid cloud name. Allowed: 4 to 20 characters: lower-case letters, digits and hyphens, starting with a letter, not ending with a hyphen. Fix: pulumi config set serveinfra:cloudName serve-dev" },
        { "cloudName", "serve-this-name-is-too-long", "serveinfra:cloudName: \"serve-this-name-is-too-long\" is not a valid cloud name. Allowed: 4 to 20 characters: lower-case letters, digits and hyphens, starting with a letter, not ending with a hyphen. Fix: pulumi config set serveinfra:cloudName serve-dev" },
        { "subnetCidr", "10.10.0.1/20", "serveinfra:subnetCidr: \"10.10.0.1/20\" is not an IPv4 CIDR range with zero host bits. Allowed: a range such as 10.10.0.0/20. Fix: pulumi config set serveinfra:subnetCidr 10.10.0.0/20" },
        { "subnetCidr", "8.8.0.0/20", "serveinfra:subnetCidr: \"8.8.0.0/20\" is not in private (RFC 1918) space. Allowed: a range such as 10.10.0.0/20. Fix: pulumi config set serveinfra:subnetCidr 10.10.0.0/20" },
        { "masterCidr", "172.16.0.0/24", "serveinfra:masterCidr: \"172.16.0.0/24\" has a /24 prefix. Allowed: a range such as 172.16.0.32/28. Fix: pulumi config set serveinfra:masterCidr 172.16.0.32/28" },
        { "podsCidr", "10.10.0.0/16", "serveinfra:podsCidr: \"10.10.0.0/16\" overlaps serveinfra:subnetCidr (10.10.0.0/20). Allowed: ranges that share no address. Fix: pulumi config set serveinfra:podsCidr 10.16.0.0/14" },
        { "authorizedNetworks", "[\"203.0.113.0/24\",\"bogus\"]", "serveinfra:authorizedNetworks[1]: \"bogus\" is not an IPv4 CIDR range with zero host bits. Allowed: a range such as 203.0.113.0/24. Fix: pulumi config set --path 'serveinfra:authorizedNetworks[1]' 203.0.113.0/24" },
        { "authorizedNetworks", "203.0.113.0/24", "serveinfra:authorizedNetworks: \"203.0.113.0/24\" is not a list. Allowed: a list; set items with pulumi config set --path. Fix: pulumi config set --path 'serveinfra:authorizedNetworks[0]' 203.0.113.0/24" },
        { "releaseChannel", "regular", "serveinfra:releaseChannel: \"regular\" is not a GKE release channel. Allowed: RAPID, REGULAR, STABLE or EXTENDED. Fix: pulumi config set serveinfra:releaseChannel REGULAR" },
        { "deletionProtection", "yes", "serveinfra:deletionProtection: \"yes\" is not a boolean. Allowed: true or false. Fix: pulumi config set serveinfra:deletionProtection true" },
        { "nodeMachineType", "E2 standard", "serveinfra:nodeMachineType: \"E2 standard\" is not a Compute Engine machine type. Allowed: a type such as e2-standard-8 or n2-highmem-16. Fix: pulumi config set serveinfra:nodeMachineType e2-standard-8" },
        { "nodeMaxCount", "three", "serveinfra:nodeMaxCount: \"three\" is not a whole number. Allowed: 1 to 1000. Fix: pulumi config set serveinfra:nodeMaxCount 3" },
        { "nodeDiskSizeGb", "10", "serveinfra:nodeDiskSizeGb: \"10\" is out of range. Allowed: 50 to 65536. Fix: pulumi config set serveinfra:nodeDiskSizeGb 100" },
        { "maintenanceWindow", "Sat 02:00-06:00", "serveinfra:maintenanceWindow: \"Sat 02:00-06:00\" names a day that is not one of MO, TU, WE, TH, FR, SA, SU (each once), or DAILY. Allowed: days as MO, TU, WE, TH, FR, SA, SU (comma-separated) or DAILY, then HH:MM-HH:MM in UTC; at least 4 hours, and 12 hours a week. Fix: pulumi config set serveinfra:maintenanceWindow \"SA,SU 00:00-08:00\"" },
        { "maintenanceWindow", "SU 01:00-05:00", "serveinfra:maintenanceWindow: \"SU 01:00-05:00\" gives GKE less than 12 hours a week (it needs 48 hours in any 32 days). Allowed: days as MO, TU, WE, TH, FR, SA, SU (comma-separated) or DAILY, then HH:MM-HH:MM in UTC; at least 4 hours, and 12 hours a week. Fix: pulumi config set serveinfra:maintenanceWindow \"SA,SU 00:00-08:00\"" },
        { "kuberayVersion", "latest", "serveinfra:kuberayVersion: \"latest\" is not a KubeRay chart version ServeInfra supports. Allowed: an exact version from 1.5.1 (Ray token auth) to 1.7.x (the newest whose CRDs ServeInfra applies), such as 1.7.0. Fix: pulumi config set serveinfra:kuberayVersion 1.7.0" },
        { "kuberayVersion", "1.5.0", "serveinfra:kuberayVersion: \"1.5.0\" is not a KubeRay chart version ServeInfra supports. Allowed: an exact version from 1.5.1 (Ray token auth) to 1.7.x (the newest whose CRDs ServeInfra applies), such as 1.7.0. Fix: pulumi config set serveinfra:kuberayVersion 1.7.0" },
        { "kuberayVersion", "1.8.0", "serveinfra:kuberayVersion: \"1.8.0\" is not a KubeRay chart version ServeInfra supports. Allowed: an exact version from 1.5.1 (Ray token auth) to 1.7.x (the newest whose CRDs ServeInfra applies), such as 1.7.0. Fix: pulumi config set serveinfra:kuberayVersion 1.7.0" },
        { "clusterName", "Serve", "serveinfra:clusterName: \"Serve\" is not a valid cluster name. Allowed: 1 to 30 characters: lower-case letters, digits and hyphens, starting with a letter. Fix: pulumi config set serveinfra:clusterName serve" },
        { "rayVersion", "2.40.0", "serveinfra:rayVersion: \"2.40.0\" is not a pinned Ray version supported here. Allowed: an exact version, 2.52.0 or newer. Fix: pulumi config set serveinfra:rayVersion 2.52.0" },
        { "rayImage", "rayproject/ray", "serveinfra:rayImage: \"rayproject/ray\" has no tag (it would float to latest). Allowed: an image pinned by digest or by a tag starting with 2.52.0. Fix: pulumi config set serveinfra:rayImage rayproject/ray:2.52.0-py311" },
        { "rayImage", "rayproject/ray:latest", "serveinfra:rayImage: \"rayproject/ray:latest\" floats. Allowed: an image pinned by digest or by a tag starting with 2.52.0. Fix: pulumi config set serveinfra:rayImage rayproject/ray:2.52.0-py311" },
        { "rayImage", "rayproject/ray:2.51.0", "serveinfra:rayImage: \"rayproject/ray:2.51.0\" does not match rayVersion 2.52.0. Allowed: an image pinned by digest or by a tag starting with 2.52.0. Fix: pulumi config set serveinfra:rayImage rayproject/ray:2.52.0-py311" },
        { "headMemory", "8GB", "serveinfra:headMemory: \"8GB\" is not a Kubernetes quantity of that kind. Allowed: a value such as 8Gi. Fix: pulumi config set serveinfra:headMemory 8Gi" },
        { "workerCpu", "-1", "serveinfra:workerCpu: \"-1\" is not a Kubernetes quantity of that kind. Allowed: a value such as 4. Fix: pulumi config set serveinfra:workerCpu 4" },
        { "workerMaxReplicas", "0", "serveinfra:workerMaxReplicas: \"0\" is out of range. Allowed: 1 to 100. Fix: pulumi config set serveinfra:workerMaxReplicas 4" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void A_bad_value_gives_one_error_naming_key_value_allowed_and_fix(string key, string? value, string expected)
    {
        var result = StackConfigLoader.Load(RawConfig.With((key, value)), "dev");

        Assert.False(result.IsValid);
        Assert.Null(result.Settings);
        Assert.Equal(expected, Assert.Single(result.Errors).ToString());
    }

    public static TheoryData<(string, string)[], string> BadPublicOrObjectValues => new()
    {
        { [("access", "public"), ("domain", "a-name-that-is-far-too-long-for-a-google-managed-cert.example.com")], "serveinfra:domain: \"a-name-that-is-far-too-long-for-a-google-managed-cert.example.com\" is not a DNS name a Google-managed certificate can cover. Allowed: a lower-case name of at most 63 characters such as serve.example.com (no wildcard, no trailing dot), or empty for <ip>.sslip.io. Fix: pulumi config set serveinfra:domain serve.example.com" },
        { [("access", "public"), ("domain", "*.example.com")], "serveinfra:domain: \"*.example.com\" is not a DNS name a Google-managed certificate can cover. Allowed: a lower-case name of at most 63 characters such as serve.example.com (no wildcard, no trailing dot), or empty for <ip>.sslip.io. Fix: pulumi config set serveinfra:domain serve.example.com" },
        { [("access", "public"), ("gatewayReplicas", "1")], "serveinfra:gatewayReplicas: \"1\" is out of range. Allowed: 2 to 50. Fix: pulumi config set serveinfra:gatewayReplicas 2" },
        { [("access", "public"), ("tokens", "[{\"name\":\"ci\"}]")], "serveinfra:tokens: \"ci\" has no token named default. Allowed: a list that includes default (the stack output and docs links use it). Fix: pulumi config set --path 'serveinfra:tokens[1].name' default" },
        { [("access", "public"), ("tokens", "[{\"name\":\"default\",\"generation\":2,\"retiredThrough\":2}]")], "serveinfra:tokens[0].retiredThrough: \"2\" would retire the current generation (2). Allowed: 0 to 1; remove the token to revoke it entirely. Fix: pulumi config set --path 'serveinfra:tokens[0].retiredThrough' 1" },
        { [("access", "public"), ("tokens", "[{\"name\":\"default\"},{\"name\":\"Team A\"}]")], "serveinfra:tokens[1].name: \"Team A\" is not valid. Allowed: lower-case letters, digits and hyphens, starting with a letter, at most 30 characters. Fix: pulumi config set --path 'serveinfra:tokens[1].name' default" },
        { [("access", "public"), ("tokens", "[{\"name\":\"default\",\"generation\":0}]")], "serveinfra:tokens[0].generation: \"0\" is not a whole number in range. Allowed: 1 to 1000000. Fix: pulumi config set --path 'serveinfra:tokens[0].generation' 1" },
        { [("access", "public"), ("tokens", "[{\"name\":\"default\",\"requestsPerSecond\":0}]")], "serveinfra:tokens[0].requestsPerSecond: \"0\" is not a whole number in range. Allowed: 1 to 100000. Fix: pulumi config set --path 'serveinfra:tokens[0].requestsPerSecond' 1" },
        { [("access", "public"), ("tokens", "[{\"name\":\"default\",\"requestsPerSecond\":5,\"burst\":-1}]")], "serveinfra:tokens[0].burst: \"-1\" is not a whole number in range. Allowed: 0 to 100000. Fix: pulumi config set --path 'serveinfra:tokens[0].burst' 0" },
        { [("access", "public"), ("tokens", "[{\"name\":\"default\",\"burst\":10}]")], "serveinfra:tokens[0].requestsPerSecond: is missing, and burst limits nothing without it. Allowed: 1 to 100000 requests per second (or remove burst). Fix: pulumi config set --path 'serveinfra:tokens[0].requestsPerSecond' 10" },
        { [("access", "public"), ("tokens", "[{\"name\":\"default\",\"requestPerSecond\":5}]")], "serveinfra:tokens[0].requestPerSecond: \"5\" is not a token field. Allowed: name, generation, retiredThrough, requestsPerSecond, burst. Fix: pulumi config rm --path 'serveinfra:tokens[0].requestPerSecond'" },
        { [("applications", "[{\"name\":\"a\",\"routePrefix\":\"/a\"}]")], "serveinfra:applications[0].importPath: is missing. Allowed: a Python import path such as package.module:app. Fix: pulumi config set --path 'serveinfra:applications[0].importPath' fruit.deployment_graph" },
        { [("applications", "[{\"name\":\"a\",\"routePrefix\":\"a/\",\"importPath\":\"m:app\"}]")], "serveinfra:applications[0].routePrefix: \"a/\" is not valid. Allowed: a path such as /fruit: '/', then letters, digits, '.', '_', '~', '-' and single '/'; no trailing '/'. Fix: pulumi config set --path 'serveinfra:applications[0].routePrefix' /fruit" },
        { [("applications", "[{\"name\":\"a\",\"routePrefix\":\"/-/health\",\"importPath\":\"m:app\"}]")], "serveinfra:applications[0].routePrefix: \"/-/health\" is reserved (/-/... belongs to Ray Serve or the token gateway). Allowed: any other path. Fix: pulumi config set --path 'serveinfra:applications[0].routePrefix' /fruit" },
        { [("applications", "[{\"name\":\"a\",\"routePrefix\":\"/a/../b\",\"importPath\":\"m:app\"}]")], "serveinfra:applications[0].routePrefix: \"/a/../b\" has a '.' or '..' segment. Allowed: a path without dot segments. Fix: pulumi config set --path 'serveinfra:applications[0].routePrefix' /fruit" },
        { [("applications", "[{\"name\":\"a\",\"routePrefix\":\"/a\",\"importPath\":\"m:app\"},{\"name\":\"b\",\"routePrefix\":\"/a\",\"importPath\":\"m:app\"}]")], "serveinfra:applications[1].routePrefix: \"/a\" is served by another application. Allowed: a unique route prefix. Fix: pulumi config set --path 'serveinfra:applications[1].routePrefix' /a2" },
        { [("applications", "[{\"name\":\"a\",\"routePrefix\":\"/a\",\"importPath\":\"m:app\",\"runtimeEnv\":{\"workingDir\":\"file:///etc\"}}]")], "serveinfra:applications[0].runtimeEnv.workingDir: \"file:///etc\" is not valid. Allowed: a URI such as https://.../archive.zip or gs://bucket/app.zip. Fix: pulumi config set --path 'serveinfra:applications[0].runtimeEnv.workingDir' gs://my-bucket/app.zip" },
        { [("applications", "{\"name\":\"a\"}")], "serveinfra:applications: \"{\"name\":\"a\"}\" is not a list. Allowed: a list; set items with pulumi config set --path. Fix: pulumi config set --path 'serveinfra:applications[0].name' fruit_app" },
        { [("workerMinReplicas", "5"), ("workerMaxReplicas", "2")], "serveinfra:workerMaxReplicas: \"2\" is below serveinfra:workerMinReplicas (5). Allowed: a number from 5 to 100. Fix: pulumi config set serveinfra:workerMaxReplicas 4" },
    };

    [Theory]
    [MemberData(nameof(BadPublicOrObjectValues))]
    public void Bad_nested_and_cross_key_values_name_their_path((string, string)[] config, string expected)
    {
        var result = StackConfigLoader.Load(RawConfig.With(config.Select(c => (c.Item1, (string?)c.Item2)).ToArray()), "dev");

        Assert.Equal(expected, Assert.Single(result.Errors).ToString());
    }

    [Theory]
    [InlineData("serveinfra:domian", "serveinfra:domian: is set but is not a ServeInfra setting. Allowed: the keys declared in Pulumi.yaml (did you mean serveinfra:domain?). Fix: pulumi config rm serveinfra:domian")]
    [InlineData("serveinfra:Access", "serveinfra:Access: is set but is not a ServeInfra setting. Allowed: the keys declared in Pulumi.yaml (did you mean serveinfra:access?). Fix: pulumi config rm serveinfra:Access")]
    [InlineData("serveinfra:somethingElseEntirely", "serveinfra:somethingElseEntirely: is set but is not a ServeInfra setting. Allowed: the keys declared in Pulumi.yaml. Fix: pulumi config rm serveinfra:somethingElseEntirely")]
    public void A_key_that_is_not_a_setting_is_refused_without_showing_its_value(string key, string expected)
    {
        var result = StackConfigLoader.Load(RawConfig.With((key, "s3cr3t-value")), "dev");

        var message = Assert.Single(result.Errors).ToString();
        Assert.Equal(expected, message);
        Assert.DoesNotContain("s3cr3t", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"1BAD\":\"s3cr3t-value\"}", "serveinfra:applications[0].runtimeEnv.envVars.1BAD: is not a valid variable (its value is not shown: it may be a secret). Allowed: names of letters, digits and '_' not starting with a digit; string values. Fix: pulumi config set --path 'serveinfra:applications[0].runtimeEnv.envVars.1BAD' LOG_LEVEL")]
    [InlineData("{\"HF_TOKEN\":{\"v\":\"s3cr3t-value\"}}", "serveinfra:applications[0].runtimeEnv.envVars.HF_TOKEN: is not a valid variable (its value is not shown: it may be a secret). Allowed: names of letters, digits and '_' not starting with a digit; string values. Fix: pulumi config set --path 'serveinfra:applications[0].runtimeEnv.envVars.HF_TOKEN' LOG_LEVEL")]
    public void A_bad_environment_variable_is_refused_without_showing_its_value(string envVars, string expected)
    {
        var app = $"[{{\"name\":\"a\",\"routePrefix\":\"/a\",\"importPath\":\"m:app\",\"runtimeEnv\":{{\"envVars\":{envVars}}}}}]";

        var result = StackConfigLoader.Load(RawConfig.With(("applications", app)), "dev");

        var message = Assert.Single(result.Errors).ToString();
        Assert.Equal(expected, message);
        Assert.DoesNotContain("s3cr3t", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_of_other_namespaces_are_not_looked_at() =>
        Assert.True(StackConfigLoader.Load(RawConfig.With(("gcp:region", "europe-west4"), ("kubernetes:context", "x")), "dev").IsValid);

    [Fact]
    public void More_named_tokens_than_the_gateway_holds_are_refused()
    {
        var tokens = "[" + string.Join(",", Enumerable.Range(0, 10_001).Select(i => i == 0 ? "{\"name\":\"default\"}" : $"{{\"name\":\"t{i}\"}}")) + "]";

        var result = StackConfigLoader.Load(RawConfig.With(("access", "public"), ("tokens", tokens)), "dev");

        Assert.Equal(
            "serveinfra:tokens: \"10001 tokens\" is more than the gateway holds. Allowed: at most 10000 named tokens. Fix: pulumi config rm --path 'serveinfra:tokens[10000]'",
            Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Every_error_is_reported_at_once()
    {
        var result = StackConfigLoader.Load(
            RawConfig.With(("gcp:project", null), ("access", "open"), ("region", "mars"), ("nodeMinCount", "x"), ("tokens", "[]")),
            "dev");

        Assert.Equal(["gcp:project", "serveinfra:region", "serveinfra:nodeMinCount", "serveinfra:access"], result.Errors.Select(e => e.Key));
        var report = result.ErrorReport();
        Assert.StartsWith("Stack config has 4 problems; nothing was created:", report, StringComparison.Ordinal);
        Assert.Contains("pulumi config set serveinfra:access private", report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_value_is_shortened_in_the_message()
    {
        var result = StackConfigLoader.Load(RawConfig.With(("region", new string('x', 500))), "dev");

        var message = Assert.Single(result.Errors).ToString();
        Assert.Contains(new string('x', 80) + "…", message, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', 81), message, StringComparison.Ordinal);
    }
}
