using System.Text.Json.Nodes;

namespace ServeInfra.Components.Tests.Conformance;

/// <summary>The schema each registered Kubernetes kind is checked against, loaded once from the conformance folder.</summary>
internal static class Schemas
{
    private static readonly Dictionary<string, string> StrictFiles = new(StringComparer.Ordinal)
    {
        ["kubernetes:core/v1:Namespace"] = "namespace-v1.json",
        ["kubernetes:core/v1:Service"] = "service-v1.json",
        // A patch is a partial Service (apiVersion v1, kind Service); the strict schema requires no field, so every
        // field the patch sets is checked as a Service's.
        ["kubernetes:core/v1:ServicePatch"] = "service-v1.json",
        ["kubernetes:core/v1:ConfigMap"] = "configmap-v1.json",
        ["kubernetes:core/v1:Secret"] = "secret-v1.json",
        ["kubernetes:apps/v1:Deployment"] = "deployment-apps-v1.json",
        ["kubernetes:networking.k8s.io/v1:Ingress"] = "ingress-networking-v1.json",
        ["kubernetes:networking.k8s.io/v1:NetworkPolicy"] = "networkpolicy-networking-v1.json",
        ["kubernetes:policy/v1:PodDisruptionBudget"] = "poddisruptionbudget-policy-v1.json",
    };

    private static readonly Dictionary<string, (string File, string Version)> CrdFiles = new(StringComparer.Ordinal)
    {
        ["kubernetes:ray.io/v1:RayService"] = ("kuberay-v1.7.0/ray.io_rayservices.yaml", "v1"),
        ["kubernetes:cloud.google.com/v1:BackendConfig"] = ("gke/backendconfigs-crd.yaml", "v1"),
        ["kubernetes:networking.gke.io/v1beta1:FrontendConfig"] = ("gke/frontendconfigs-crd.yaml", "v1beta1"),
        ["kubernetes:networking.gke.io/v1:ManagedCertificate"] = ("gke/managedcertificates-crd.yaml", "v1"),
    };

    private static readonly Dictionary<string, JsonNode> Cache = new(StringComparer.Ordinal);

    /// <summary>Registered types no conformance file covers (the conformance README lists them); checked elsewhere or not at all.</summary>
    public static IReadOnlySet<string> Uncovered { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "kubernetes:helm.sh/v3:Release", "kubernetes:yaml/v2:ConfigGroup", "pulumi:providers:kubernetes",
    };

    /// <summary>
    /// Kinds the conformance folder has no schema for, whose pod template is checked as the PodTemplateSpec inside the
    /// Deployment schema. For batch/v1 Job that leaves its own spec fields (backoffLimit, activeDeadlineSeconds) unchecked.
    /// </summary>
    public static IReadOnlySet<string> PodTemplateOnly { get; } = new HashSet<string>(StringComparer.Ordinal) { "kubernetes:batch/v1:Job" };

    /// <summary>The PodTemplateSpec schema, from the strict Deployment schema.</summary>
    public static JsonNode PodTemplate => Strict("kubernetes:apps/v1:Deployment")["properties"]!["spec"]!["properties"]!["template"]!;

    public static bool IsStrict(string type) => StrictFiles.ContainsKey(type);

    public static bool IsCustom(string type) => CrdFiles.ContainsKey(type);

    /// <summary>The strict Kubernetes 1.33 JSON schema of a built-in kind.</summary>
    public static JsonNode Strict(string type) => Load($"kubernetes/v1.33.0-standalone-strict/{StrictFiles[type]}", text => JsonNode.Parse(text)!);

    /// <summary>The structural schema of a custom resource's served version.</summary>
    public static JsonNode Crd(string type)
    {
        var (file, version) = CrdFiles[type];
        var crd = Load(file, text => YamlJson.Parse(text)!);
        return crd["spec"]!["versions"]!.AsArray().Single(v => (string)v!["name"]! == version)!["schema"]!["openAPIV3Schema"]!;
    }

    /// <summary>Kubernetes ObjectMeta (custom resources' metadata is checked by the API server, not by their CRD).</summary>
    public static JsonNode ObjectMeta => Strict("kubernetes:core/v1:ConfigMap")["properties"]!["metadata"]!;

    /// <summary>The Serve config (<c>serveConfigV2</c>) schema.</summary>
    public static JsonNode ServeConfig => Load("ray-serve/serve-config-v2.schema.json", text => JsonNode.Parse(text)!);

    private static JsonNode Load(string relativePath, Func<string, JsonNode> parse)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(relativePath, out var schema))
            {
                schema = parse(File.ReadAllText(ConformanceFolder.File(relativePath)));
                Cache[relativePath] = schema;
            }

            return schema;
        }
    }
}
