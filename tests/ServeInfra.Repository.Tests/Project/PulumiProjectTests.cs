using ServeInfra.Core.Configuration;
using ServeInfra.Repository.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ServeInfra.Repository.Tests.Project;

/// <summary>Pulumi.yaml declares exactly the keys the program reads, with the program's types, defaults and descriptions.</summary>
public class PulumiProjectTests
{
    private static YamlMappingNode Project => YamlFile.LoadMapping("Pulumi.yaml");

    private static YamlMappingNode Declared(string key) =>
        Project.Mapping("config")?.Mapping(key) ?? throw new Xunit.Sdk.XunitException($"Pulumi.yaml declares no config key '{key}'");

    public static TheoryData<string> Keys()
    {
        var data = new TheoryData<string>();
        foreach (var key in ConfigKeys.All)
        {
            data.Add(key.Name);
        }

        return data;
    }

    [Fact]
    public void The_project_runs_the_dotnet_program_in_infra()
    {
        Assert.Equal(ConfigKey.Namespace, Project.Scalar("name"));
        Assert.Equal("dotnet", Project.Scalar("runtime"));
        Assert.Equal("infra/", Project.Scalar("main"));
    }

    [Fact]
    public void It_declares_no_key_the_program_does_not_read() =>
        Assert.Equal(ConfigKeys.All.Select(k => k.Name).Order(StringComparer.Ordinal), Project.Mapping("config")!.Keys().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Keys))]
    public void Each_key_has_the_programs_type_default_and_description(string name)
    {
        var key = ConfigKeys.All.Single(k => k.Name == name);
        var declared = Declared(name);

        Assert.Equal(key.Type.ToString().ToLowerInvariant(), declared.Scalar("type"));
        Assert.Equal(key.Description, declared.Scalar("description"));
        if (key.Default is null)
        {
            Assert.Null(declared.Child("default"));
        }
        else
        {
            Assert.Equal(Normalise(key.Default), Normalise(Render(declared.Child("default")!)));
        }
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void The_readme_documents_each_key_with_its_description(string name)
    {
        var key = ConfigKeys.All.Single(k => k.Name == name);
        var row = File.ReadAllLines(RepositoryRoot.Resolve("README.md")).SingleOrDefault(line => line.StartsWith($"| `{key.FullName}` |", StringComparison.Ordinal));

        Assert.NotNull(row);
        Assert.Contains(key.Description, row, StringComparison.Ordinal);
    }

    [Fact]
    public void The_access_key_warns_that_changing_it_recreates_the_cluster() =>
        Assert.Contains("Changing it recreates the Ray cluster and its endpoint", Declared("access").Scalar("description"), StringComparison.Ordinal);

    [Fact]
    public void The_dev_stack_is_valid_once_a_project_is_set()
    {
        var config = YamlFile.LoadMapping("Pulumi.dev.yaml").Mapping("config")!;
        var raw = config.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => Render(p.Value));
        raw[ConfigKeys.GcpProject] = "my-project-123";

        var result = StackConfigLoader.Load(raw, "dev");

        Assert.True(result.IsValid, result.IsValid ? "" : result.ErrorReport());
        Assert.All(raw.Keys.Where(k => k != ConfigKeys.GcpProject), k => Assert.Contains(ConfigKeys.All, c => c.FullName == k));
    }

    // Flow-style YAML (what Pulumi.yaml uses for list defaults) and JSON compare equal once spaces and quotes are dropped.
    private static string Normalise(string text) => new(text.Where(c => !char.IsWhiteSpace(c) && c != '"' && c != '\'').ToArray());

    private static string Render(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value ?? "",
        YamlSequenceNode sequence => "[" + string.Join(",", sequence.Children.Select(Render)) + "]",
        YamlMappingNode mapping => "{" + string.Join(",", mapping.Children.Select(p => $"{Render(p.Key)}:{Render(p.Value)}")) + "}",
        _ => node.ToString(),
    };
}
