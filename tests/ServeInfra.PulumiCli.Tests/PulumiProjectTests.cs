namespace ServeInfra.PulumiCli.Tests;

/// <summary>
/// <c>Project.Validate</c> and the schema check every <c>pulumi</c> command runs on <c>Pulumi.yaml</c>
/// (pulumi/pulumi v3.259.0 <c>sdk/go/common/workspace/project.go</c>, <c>loaders.go</c>).
/// </summary>
public class PulumiProjectTests
{
    private static string Project(string config) => $"name: serveinfra\nruntime: dotnet\nconfig:\n{config}";

    public static TheoryData<string, string> Refused() => new()
    {
        {
            "  headCpu:\n    type: string\n    default: 2\n",
            "could not unmarshal 'Pulumi.yaml': The default value specified for configuration key 'headCpu' is not of the expected type 'string'"
        },
        {
            "  nodes:\n    type: integer\n    default: 1.5\n",
            "could not unmarshal 'Pulumi.yaml': The default value specified for configuration key 'nodes' is not of the expected type 'integer'"
        },
        {
            "  on:\n    type: boolean\n    default: yes\n",
            "could not unmarshal 'Pulumi.yaml': The default value specified for configuration key 'on' is not of the expected type 'boolean'"
        },
        {
            "  ranges:\n    type: array\n    items:\n      type: string\n    default: [1]\n",
            "could not unmarshal 'Pulumi.yaml': The default value specified for configuration key 'ranges' is not of the expected type 'array<string>'"
        },
        {
            "  ranges:\n    type: array\n    default: []\n",
            "could not unmarshal 'Pulumi.yaml': The configuration key 'ranges' declares an array but does not specify the underlying type via the 'items' attribute"
        },
        {
            "  region:\n    type: string\n    default: a\n    value: b\n",
            "could not unmarshal 'Pulumi.yaml': project config 'region' cannot have both a 'default' and 'value' attribute"
        },
        {
            "  gcp:project:\n    type: string\n    value: p\n",
            "could not unmarshal 'Pulumi.yaml': Configuration key 'gcp:project' is not namespaced by the project and should not define a type"
        },
        {
            "  gcp:project:\n    default: p\n",
            "could not unmarshal 'Pulumi.yaml': Configuration key 'gcp:project' is not namespaced by the project and should not define a default value. Did you mean to use the 'value' attribute instead of 'default'?"
        },
        {
            "  gcp:project:\n    description: p\n",
            "could not unmarshal 'Pulumi.yaml': Configuration key 'gcp:project' is namespaced and must provide an attribute 'value'"
        },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void The_cli_refuses_the_project_with_its_message(string config, string message) =>
        Assert.Equal(message, Assert.Throws<PulumiCliException>(() => PulumiProject.Load(Project(config))).Message);

    [Theory]
    [InlineData("  headCpu:\n    type: string\n    default: \"2\"\n")]
    [InlineData("  nodes:\n    type: integer\n    default: \"3\"\n")]
    [InlineData("  nodes:\n    type: integer\n    default: 3\n")]
    [InlineData("  flag:\n    type: boolean\n    default: \"false\"\n")]
    [InlineData("  apps:\n    type: array\n    items:\n      type: object\n    default: [{\"name\": \"a\"}]\n")]
    [InlineData("  domain:\n    type: string\n    default: \"\"\n")]
    [InlineData("  region: us-central1\n  gcp:project: p\n")]
    public void The_cli_accepts_the_project(string config) => PulumiProject.Load(Project(config));

    [Fact]
    public void Shorthand_is_a_default_for_own_keys_and_a_value_for_other_namespaces()
    {
        var project = PulumiProject.Load(Project("  region: us-central1\n  gcp:project: p\n"));

        Assert.Equal("us-central1", project.Config["region"].Default);
        Assert.Equal("p", project.Config["gcp:project"].Value);
    }

    [Theory]
    [InlineData("runtime: dotnet\n", "could not validate 'Pulumi.yaml': project is missing a 'name' attribute")]
    [InlineData("name: \"\"\n", "could not validate 'Pulumi.yaml': project is missing a non-empty string 'name' attribute")]
    [InlineData("name: p\nconfig:\n  a:\n    typ: string\n", "could not validate 'Pulumi.yaml': #/config/a: additionalProperties 'typ' not allowed")]
    public void The_schema_check_refuses_a_malformed_project(string yaml, string message) =>
        Assert.Equal(message, Assert.Throws<PulumiCliException>(() => PulumiProject.Load(yaml)).Message);
}
