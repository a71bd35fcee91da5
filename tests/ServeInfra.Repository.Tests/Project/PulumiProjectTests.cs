using ServeInfra.Core.Configuration;
using ServeInfra.PulumiCli;
using ServeInfra.Repository.Tests.Support;

namespace ServeInfra.Repository.Tests.Project;

/// <summary>
/// <c>Pulumi.yaml</c> and the README's config table are generated from <see cref="ConfigKeys"/>, and the Pulumi CLI's
/// own rules (restated in ServeInfra.PulumiCli) accept what was generated.
/// </summary>
public class PulumiProjectTests
{
    private const string Regenerate = "run `dotnet run --project tools/ServeInfra.ConfigDocs` and commit the result";

    public static TheoryData<string> Keys() => [.. ConfigKeys.All.Select(k => k.Name)];

    [Fact]
    public void Pulumi_yaml_is_generated_from_the_keys() =>
        Assert.True(File.ReadAllText(RepositoryRoot.Resolve("Pulumi.yaml")) == ConfigDocs.PulumiYaml(), $"Pulumi.yaml is stale: {Regenerate}.");

    [Fact]
    public void The_readme_table_is_generated_from_the_keys()
    {
        var readme = File.ReadAllText(RepositoryRoot.Resolve("README.md"));

        Assert.True(readme == ConfigDocs.WithTable(readme), $"README.md's config table is stale: {Regenerate}.");
    }

    [Fact]
    public void The_cli_accepts_the_project_and_it_runs_the_dotnet_program_in_infra()
    {
        var project = PulumiProject.Load(File.ReadAllText(RepositoryRoot.Resolve("Pulumi.yaml")));

        Assert.Equal(ConfigKey.Namespace, project.Name);
        Assert.Equal(ConfigKeys.All.Select(k => k.Name).Order(StringComparer.Ordinal), project.Config.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Each_default_has_its_declared_type_as_the_cli_decodes_it(string name)
    {
        var key = ConfigKeys.All.Single(k => k.Name == name);
        var decoded = ((SortedDictionary<string, object?>)GoYaml.Decode($"default: {key.Default.Json}")!)["default"];
        ProjectConfigItemsType? items = key.ItemType is { } item ? new(item.ToString().ToLowerInvariant(), null) : null;

        Assert.True(ConfigValues.IsOfType(key.Type.ToString().ToLowerInvariant(), items, decoded), $"{key.FullName}'s default {key.Default.Json} is not a {key.Type} to the CLI");
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Each_unset_key_reaches_the_program_as_its_declared_default(string name)
    {
        var key = ConfigKeys.All.Single(k => k.Name == name);
        var program = StackSession.FromRepository("a-stack-with-no-file").Up();

        Assert.Equal(key.Default.Delivered, program.Values[key.FullName]);
        Assert.True(key.Default.Matches(program.Values[key.FullName]));
    }

    [Fact]
    public void The_access_key_warns_that_changing_it_recreates_the_cluster() =>
        Assert.Contains("Changing it recreates the Ray cluster and its endpoint", ConfigKeys.Access.Description, StringComparison.Ordinal);
}
