using ServeInfra.Core.Access;
using ServeInfra.Core.Serve;
using ServeInfra.Core.Settings;
using ServeInfra.Core.Tokens;

namespace ServeInfra.Core.Tests.Settings;

/// <summary>The rules of a cluster's records (Ray, access, tokens, applications), on records built in code; <see cref="SettingsRuleTests"/> runs <see cref="Cases"/>.</summary>
public class ClusterSettingsValidateTests
{
    private static readonly ServeApplication App = ServeApplication.Default;

    /// <summary>One bad value per rule, and the one line <c>Validate()</c> must give for it.</summary>
    internal static Dictionary<string, (Func<IReadOnlyList<SettingsProblem>> Validate, string Expected)> Cases { get; } = new()
    {
        ["cluster name"] = (() => new ClusterSettings { Name = "Serve" }.Validate(),
            "ClusterSettings.Name (serveinfra:clusterName): \"Serve\" is not a valid cluster name. Allowed: 1 to 30 characters: lower-case letters, digits and hyphens, starting with a letter."),
        ["access"] = (() => new ClusterSettings { Access = null! }.Validate(),
            "ClusterSettings.Access (serveinfra:access): is not set. Allowed: private or public."),
        ["serve ready timeout"] = (() => new ClusterSettings { ServeReadyTimeoutSeconds = 59 }.Validate(),
            "ClusterSettings.ServeReadyTimeoutSeconds (serveinfra:serveReadyTimeoutSeconds): \"59\" is out of range. Allowed: 60 to 21600."),
        ["no applications"] = (() => new ClusterSettings { Applications = [] }.Validate(),
            "ClusterSettings.Applications (serveinfra:applications): \"[]\" is empty. Allowed: one application or more (ServeApplication.Default serves KubeRay's sample)."),
        ["ray version"] = (() => new RaySettings { Version = "2.40.0" }.Validate(),
            "RaySettings.Version (serveinfra:rayVersion): \"2.40.0\" is not a pinned Ray version supported here. Allowed: an exact version, 2.52.0 or newer."),
        ["ray image tag"] = (() => new RaySettings { Image = "rayproject/ray" }.Validate(),
            "RaySettings.Image (serveinfra:rayImage): \"rayproject/ray\" has no tag (it would float to latest). Allowed: an image pinned by digest or by a tag starting with 2.52.0."),
        ["ray image floats"] = (() => new RaySettings { Image = "rayproject/ray:nightly" }.Validate(),
            "RaySettings.Image (serveinfra:rayImage): \"rayproject/ray:nightly\" floats. Allowed: an image pinned by digest or by a tag starting with 2.52.0."),
        ["ray image version"] = (() => new RaySettings { Version = "2.53.0", Image = "rayproject/ray:2.52.0" }.Validate(),
            "RaySettings.Image (serveinfra:rayImage): \"rayproject/ray:2.52.0\" does not match rayVersion 2.53.0. Allowed: an image pinned by digest or by a tag starting with 2.53.0."),
        ["head cpu"] = (() => new RaySettings { Head = new ComputeResources("two", "8Gi") }.Validate(),
            "RaySettings.Head.Cpu (serveinfra:headCpu): \"two\" is not a Kubernetes quantity of that kind. Allowed: a value such as 2."),
        ["worker memory"] = (() => new RaySettings { Worker = new ComputeResources("4", "16GB") }.Validate(),
            "RaySettings.Worker.Memory (serveinfra:workerMemory): \"16GB\" is not a Kubernetes quantity of that kind. Allowed: a value such as 16Gi."),
        ["worker min"] = (() => new RaySettings { WorkerMinReplicas = -1 }.Validate(),
            "RaySettings.WorkerMinReplicas (serveinfra:workerMinReplicas): \"-1\" is out of range. Allowed: 0 to 100."),
        ["worker max below min"] = (() => new RaySettings { WorkerMinReplicas = 5, WorkerMaxReplicas = 2 }.Validate(),
            "RaySettings.WorkerMaxReplicas (serveinfra:workerMaxReplicas): \"2\" is below serveinfra:workerMinReplicas (5). Allowed: a number from 5 to 100."),
        ["domain"] = (() => new PublicAccess { Domain = "*.example.com" }.Validate(),
            "PublicAccess.Domain (serveinfra:domain): \"*.example.com\" is not a DNS name a Google-managed certificate can cover. Allowed: a lower-case name of at most 63 characters such as serve.example.com (no wildcard, no trailing dot), or empty for <ip>.sslip.io."),
        ["certificate timeout"] = (() => new PublicAccess { CertificateTimeoutSeconds = 5401 }.Validate(),
            "PublicAccess.CertificateTimeoutSeconds (serveinfra:certificateTimeoutSeconds): \"5401\" is out of range. Allowed: 0 to 5400."),
        ["backend timeout"] = (() => new PublicAccess { BackendTimeoutSeconds = 0 }.Validate(),
            "PublicAccess.BackendTimeoutSeconds (serveinfra:backendTimeoutSeconds): \"0\" is out of range. Allowed: 1 to 86400."),
        ["gateway replicas"] = (() => new PublicAccess { GatewayReplicas = 1 }.Validate(),
            "PublicAccess.GatewayReplicas (serveinfra:gatewayReplicas): \"1\" is out of range. Allowed: 2 to 50."),
        ["no default token"] = (() => new PublicAccess { Tokens = [new TokenSettings { Name = "ci" }] }.Validate(),
            "PublicAccess.Tokens (serveinfra:tokens): \"ci\" has no token named default. Allowed: a list that includes default (the stack output and docs links use it)."),
        ["too many tokens"] = (() => new PublicAccess { Tokens = [TokenSettings.Default, .. Enumerable.Range(1, PublicAccess.MaxTokens).Select(i => new TokenSettings { Name = $"t{i}" })] }.Validate(),
            "PublicAccess.Tokens (serveinfra:tokens): \"10001 tokens\" is more than the gateway holds. Allowed: at most 10000 named tokens."),
        ["token twice"] = (() => new PublicAccess { Tokens = [TokenSettings.Default, TokenSettings.Default] }.Validate(),
            "PublicAccess.Tokens[1].Name (serveinfra:tokens[1].name): \"default\" is used by another token. Allowed: a unique name."),
        ["token name"] = (() => new TokenSettings { Name = "Team A" }.Validate(),
            "TokenSettings.Name: \"Team A\" is not valid. Allowed: lower-case letters, digits and hyphens, starting with a letter, at most 30 characters."),
        ["token generation"] = (() => new TokenSettings { Name = "ci", Generation = 0 }.Validate(),
            "TokenSettings.Generation: \"0\" is not a whole number in range. Allowed: 1 to 1000000."),
        ["token retired"] = (() => new TokenSettings { Name = "ci", Generation = 2, RetiredThrough = 2 }.Validate(),
            "TokenSettings.RetiredThrough: \"2\" would retire the current generation (2). Allowed: 0 to 1; remove the token to revoke it entirely."),
        ["token rate"] = (() => new TokenSettings { Name = "ci", RateLimit = new TokenRateLimit(100_001, 0) }.Validate(),
            "TokenSettings.RateLimit.RequestsPerSecond: \"100001\" is not a whole number in range. Allowed: 1 to 100000."),
        ["token burst"] = (() => new TokenSettings { Name = "ci", RateLimit = new TokenRateLimit(5, -1) }.Validate(),
            "TokenSettings.RateLimit.Burst: \"-1\" is not a whole number in range. Allowed: 0 to 100000."),
        ["app name"] = (() => (App with { Name = "_app" }).Validate(),
            "ServeApplication.Name: \"_app\" is not valid. Allowed: 1 to 63 characters of letters, digits, '_' and '-', starting with a letter or digit."),
        ["route prefix"] = (() => (App with { RoutePrefix = "a/" }).Validate(),
            "ServeApplication.RoutePrefix: \"a/\" is not valid. Allowed: a path such as /fruit: '/', then letters, digits, '.', '_', '~', '-' and single '/'; no trailing '/'."),
        ["dot segment"] = (() => (App with { RoutePrefix = "/a/../b" }).Validate(),
            "ServeApplication.RoutePrefix: \"/a/../b\" has a '.' or '..' segment. Allowed: a path without dot segments."),
        ["reserved route"] = (() => (App with { RoutePrefix = "/_gateway/x" }).Validate(),
            "ServeApplication.RoutePrefix: \"/_gateway/x\" is reserved (/_gateway/... belongs to Ray Serve or the token gateway). Allowed: any other path."),
        ["import path"] = (() => (App with { ImportPath = "fruit deployment" }).Validate(),
            "ServeApplication.ImportPath: \"fruit deployment\" is not valid. Allowed: a Python import path such as package.module:app."),
        ["working dir"] = (() => (App with { RuntimeEnv = new RuntimeEnv { WorkingDir = "file:///etc" } }).Validate(),
            "ServeApplication.RuntimeEnv.WorkingDir: \"file:///etc\" is not valid. Allowed: a URI such as https://.../archive.zip or gs://bucket/app.zip."),
        ["pip"] = (() => (App with { RuntimeEnv = new RuntimeEnv { Pip = ["torch==2.5.1", " "] } }).Validate(),
            "ServeApplication.RuntimeEnv.Pip[1]: \" \" is not valid. Allowed: requirement strings such as torch==2.5.1."),
        ["env var"] = (() => (App with { RuntimeEnv = new RuntimeEnv { EnvVars = new Dictionary<string, string> { ["1X"] = "on" } } }).Validate(),
            "ServeApplication.RuntimeEnv.EnvVars[1X]: is not a valid variable (its value is not shown: it may be a secret). Allowed: names of letters, digits and '_' not starting with a digit; string values."),
        ["app twice"] = (() => new ClusterSettings { Applications = [App, App with { RoutePrefix = "/other" }] }.Validate(),
            "ClusterSettings.Applications[1].Name (serveinfra:applications[1].name): \"fruit_app\" is used by another application. Allowed: a unique name."),
        ["route twice"] = (() => new ClusterSettings { Applications = [App, App with { Name = "other" }] }.Validate(),
            "ClusterSettings.Applications[1].RoutePrefix (serveinfra:applications[1].routePrefix): \"/fruit\" is served by another application. Allowed: a unique route prefix."),
        ["private ranges"] = (() => new PrivateAccess { ExtraSourceRanges = null! }.Validate(),
            "PrivateAccess.ExtraSourceRanges (serveinfra:privateSourceRanges): is not set. Allowed: a list of ranges (empty for none)."),
    };

    [Fact]
    public void The_defaults_of_every_record_are_valid()
    {
        Assert.Empty(new ClusterSettings().Validate());
        Assert.Empty(new ClusterSettings { Access = new PublicAccess() }.Validate());
        Assert.Empty(TokenSettings.Default.Validate());
        Assert.Empty(ServeApplication.Default.Validate());
    }
}
