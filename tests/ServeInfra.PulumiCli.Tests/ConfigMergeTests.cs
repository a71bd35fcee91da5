namespace ServeInfra.PulumiCli.Tests;

/// <summary>
/// What <c>pulumi up</c> hands the program: <c>mergeConfig</c> and <c>validateStackConfigValues</c>
/// (pulumi/pulumi v3.259.0 <c>pkg/workspace/config.go</c>), and the dotnet language host's <c>PULUMI_CONFIG</c>.
/// </summary>
public class ConfigMergeTests
{
    private const string Declarations = """
        name: serveinfra
        runtime: dotnet
        config:
          region:
            type: string
            default: "us-central1"
          cloudName:
            type: string
          rayImage:
            type: string
          nodeMinCount:
            type: integer
            default: 1
          deletionProtection:
            type: boolean
            default: true
          domain:
            type: string
            default: ""
          authorizedNetworks:
            type: array
            items:
              type: string
            default: ["0.0.0.0/0"]
          tokens:
            type: array
            items:
              type: object
            default: [{"name": "default", "generation": 1}]
        """;

    private static PulumiProject Project => PulumiProject.Load(Declarations);

    private static ProgramConfig Up(string stackFile, Action<StackConfig>? set = null)
    {
        var stack = StackConfig.Load(Project, stackFile);
        set?.Invoke(stack);
        return ConfigMerge.Run(Project, "dev", stack);
    }

    private static string Refusal(string stackFile, Action<StackConfig>? set = null) =>
        Assert.Throws<PulumiCliException>(() => Up(stackFile, set)).Message;

    [Fact]
    public void Keys_without_a_default_are_required_and_all_are_named_in_one_error() =>
        Assert.Equal("Stack 'dev' is missing configuration values 'cloudName' and 'rayImage'", Refusal("config: {}"));

    [Fact]
    public void One_missing_key_is_named_alone() =>
        Assert.Equal("Stack 'dev' is missing configuration value 'rayImage'", Refusal("config:\n  serveinfra:cloudName: c"));

    [Fact]
    public void Every_default_reaches_the_program_as_a_string_the_way_go_prints_it()
    {
        var config = Up("config:\n  serveinfra:cloudName: c\n  rayImage: r").Values;

        Assert.Equal("us-central1", config["serveinfra:region"]);
        Assert.Equal("1", config["serveinfra:nodeMinCount"]);
        Assert.Equal("true", config["serveinfra:deletionProtection"]);
        Assert.Equal("", config["serveinfra:domain"]);
        Assert.Equal("[\"0.0.0.0/0\"]", config["serveinfra:authorizedNetworks"]);
        Assert.Equal("[{\"generation\":1,\"name\":\"default\"}]", config["serveinfra:tokens"]);
        Assert.Equal("r", config["serveinfra:rayImage"]);
    }

    [Fact]
    public void Stack_values_keep_their_text_and_yaml_numbers_become_text()
    {
        var config = Up("config:\n  serveinfra:cloudName: c\n  serveinfra:rayImage: r\n  serveinfra:nodeMinCount: 3\n  serveinfra:deletionProtection: false").Values;

        Assert.Equal("3", config["serveinfra:nodeMinCount"]);
        Assert.Equal("false", config["serveinfra:deletionProtection"]);
    }

    public static TheoryData<string, string> Mistyped() => new()
    {
        { "serveinfra:nodeMinCount: abc", "Stack 'dev' with configuration key 'nodeMinCount' must be of type 'integer'" },
        { "serveinfra:nodeMinCount: 1.5", "Stack 'dev' with configuration key 'nodeMinCount' must be of type 'integer'" },
        { "serveinfra:deletionProtection: yes", "Stack 'dev' with configuration key 'deletionProtection' must be of type 'boolean'" },
        { "serveinfra:authorizedNetworks: 10.0.0.0/8", "Stack 'dev' with configuration key 'authorizedNetworks' must be of type 'array<string>'" },
        { "serveinfra:authorizedNetworks: [1]", "Stack 'dev' with configuration key 'authorizedNetworks' must be of type 'array<string>'" },
        { "serveinfra:tokens: [default]", "Stack 'dev' with configuration key 'tokens' must be of type 'array<object>'" },
        { "serveinfra:region: [a]", "Stack 'dev' with configuration key 'region' must be of type 'string'" },
    };

    [Theory]
    [MemberData(nameof(Mistyped))]
    public void A_stack_value_of_the_wrong_type_is_refused(string line, string message) =>
        Assert.Equal(message, Refusal($"config:\n  serveinfra:cloudName: c\n  serveinfra:rayImage: r\n  {line}"));

    [Fact]
    public void A_string_key_accepts_a_yaml_number_since_the_check_sees_its_text() =>
        Assert.Equal("4", Up("config:\n  serveinfra:cloudName: 4\n  serveinfra:rayImage: r").Values["serveinfra:cloudName"]);

    [Fact]
    public void Keys_of_other_namespaces_and_undeclared_keys_pass_through()
    {
        var config = Up("config:\n  serveinfra:cloudName: c\n  serveinfra:rayImage: r\n  gcp:project: p\n  serveinfra:domian: typo").Values;

        Assert.Equal("p", config["gcp:project"]);
        Assert.Equal("typo", config["serveinfra:domian"]);
    }

    [Fact]
    public void Secrets_reach_the_program_decrypted_and_are_listed_as_secret_keys()
    {
        var program = Up("config:\n  serveinfra:cloudName: c\n  serveinfra:rayImage: r", stack => stack.SetSecret("gcp:credentials", "s3cret"));

        Assert.Equal("s3cret", program.Values["gcp:credentials"]);
        Assert.Equal(["gcp:credentials"], program.SecretKeys);
        Assert.Equal("[\"gcp:credentials\"]", program.PulumiConfigSecretKeys);
        Assert.DoesNotContain("s3cret", program.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_program_gets_one_json_object_with_sorted_keys()
    {
        var program = Up("config:\n  serveinfra:cloudName: c\n  serveinfra:rayImage: r");

        Assert.StartsWith("{\"serveinfra:authorizedNetworks\":\"[\\\"0.0.0.0/0\\\"]\",\"serveinfra:cloudName\":\"c\",", program.PulumiConfig, StringComparison.Ordinal);
        using (program.Apply())
        {
            Assert.Equal(program.PulumiConfig, Environment.GetEnvironmentVariable("PULUMI_CONFIG"));
        }

        Assert.Null(Environment.GetEnvironmentVariable("PULUMI_CONFIG"));
    }
}
