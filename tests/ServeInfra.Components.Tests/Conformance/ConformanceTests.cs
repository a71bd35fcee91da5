using System.Text.Json.Nodes;
using ServeInfra.Tests.Support;

namespace ServeInfra.Components.Tests.Conformance;

/// <summary>
/// Everything the program registers, checked against the schemas the receiving systems publish
/// (../shared/conformance): built-in kinds against Kubernetes 1.33's strict schemas, custom resources against their CRDs
/// with every undeclared field reported (the API server would prune it silently), the Serve config against Ray's models.
/// </summary>
public class ConformanceTests
{
    public static TheoryData<string> Stacks => new() { "private", "private-peers", "public", "public-domain" };

    [ConformanceTheory]
    [MemberData(nameof(Stacks))]
    public async Task Every_registered_kubernetes_object_conforms(string stack)
    {
        var run = await MockRun.Of(false, Settings(stack));

        var kubernetes = run.Mocks.Registered.Where(r => r.Type!.StartsWith("kubernetes:", StringComparison.Ordinal) || r.Type.StartsWith("pulumi:providers:", StringComparison.Ordinal)).ToList();
        var errors = kubernetes.SelectMany(r => Check(r.Type!, r.Name!, RegisteredJson.Convert(r.Inputs)!.AsObject())).ToList();

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Assert.Empty(kubernetes.Select(r => r.Type!).Where(t => !Schemas.IsStrict(t) && !Schemas.IsCustom(t) && !Schemas.PodTemplateOnly.Contains(t) && !Schemas.Uncovered.Contains(t)).Distinct());
        Assert.Contains(kubernetes, r => r.Type == "kubernetes:networking.k8s.io/v1:NetworkPolicy");
        Assert.Contains(kubernetes, r => r.Type == "kubernetes:policy/v1:PodDisruptionBudget");
    }

    [ConformanceTheory]
    [InlineData("kubernetes:ray.io/v1:RayService", "spec.rayClusterConfig.authOption")]
    [InlineData("kubernetes:ray.io/v1:RayService", "spec.rayClusterConfig.headGroupSpec.template.metadata.annotation")]
    [InlineData("kubernetes:networking.k8s.io/v1:NetworkPolicy", "spec.ingress.0.form")]
    [InlineData("kubernetes:policy/v1:PodDisruptionBudget", "spec.minAvailible")]
    public async Task A_misspelt_field_is_reported_where_the_api_server_would_drop_or_refuse_it(string type, string path)
    {
        var run = await MockRun.Of(false, Settings("private"));
        var registered = run.Mocks.Registered.First(r => r.Type == type);
        var json = RegisteredJson.Convert(registered.Inputs)!.AsObject();

        var parts = path.Split('.');
        var parent = parts[..^1].Aggregate((JsonNode)json, (node, part) => int.TryParse(part, out var i) ? node[i]! : node[part]!);
        parent.AsObject()[parts[^1]] = "x";

        Assert.Contains(Check(type, registered.Name!, json), error => error.Contains(parts[^1], StringComparison.Ordinal));
    }

    private static IEnumerable<string> Check(string type, string name, JsonObject json)
    {
        if (Schemas.IsStrict(type))
        {
            var schema = Schemas.Strict(type);
            return new SchemaValidator(schema).Validate(json, schema).Select(e => $"{type} {name}: {e}");
        }

        if (Schemas.PodTemplateOnly.Contains(type))
        {
            var template = Schemas.PodTemplate;
            return new SchemaValidator(template).Validate(json["spec"]?["template"], template, "$.spec.template").Select(e => $"{type} {name}: {e}");
        }

        if (!Schemas.IsCustom(type))
        {
            return [];
        }

        // The API server keeps apiVersion, kind and metadata whatever the CRD says; metadata is checked as ObjectMeta.
        var metadata = json["metadata"];
        var body = json.DeepClone().AsObject();
        body.Remove("metadata");
        body.Remove("apiVersion");
        body.Remove("kind");
        var crd = Schemas.Crd(type);
        var errors = new SchemaValidator(crd, structural: true).Validate(body, crd)
            .Concat(new SchemaValidator(Schemas.ObjectMeta).Validate(metadata, Schemas.ObjectMeta, "$.metadata"));
        if (json["spec"]?["serveConfigV2"] is JsonValue serveConfig)
        {
            var schema = Schemas.ServeConfig;
            errors = errors.Concat(new SchemaValidator(schema).Validate(YamlJson.Parse(serveConfig.GetValue<string>()), schema, "$.spec.serveConfigV2"));
        }

        return errors.Select(e => $"{type} {name}: {e}");
    }

    private static Core.Settings.StackSettings Settings(string stack) => stack switch
    {
        "private" => TestSettings.Load(),
        "private-peers" => TestSettings.Load(("privateSourceRanges", "[\"192.168.10.0/24\"]"), ("privateGlobalAccess", "true"),
            ("applications", "[{\"name\":\"llm\",\"routePrefix\":\"/llm\",\"importPath\":\"serve_llm.app:app\",\"runtimeEnv\":{\"pip\":[\"vllm==0.9.0\"],\"envVars\":{\"A\":\"1\"}}}]")),
        "public" => TestSettings.Load(("access", "public")),
        "public-domain" => TestSettings.Load(("access", "public"), ("domain", "serve.example.com"), ("tokens", "[{\"name\":\"default\",\"generation\":2},{\"name\":\"ci\"}]")),
        _ => throw new ArgumentOutOfRangeException(nameof(stack), stack, "Unknown test stack."),
    };
}
