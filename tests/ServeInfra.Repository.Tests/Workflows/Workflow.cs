using ServeInfra.Repository.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ServeInfra.Repository.Tests.Workflows;

/// <summary>One GitHub Actions workflow file of the repository, parsed.</summary>
internal sealed class Workflow
{
    /// <summary>Where GitHub looks for workflows, relative to the repository root.</summary>
    public const string Folder = ".github/workflows";

    private Workflow(string relativePath, string text, YamlMappingNode root)
    {
        RelativePath = relativePath;
        Text = text;
        Root = root;
        Jobs = root.Mapping("jobs") is { } jobs
            ? [.. jobs.Children.Select(j => new WorkflowJob(this, ((YamlScalarNode)j.Key).Value ?? "", (YamlMappingNode)j.Value))]
            : [];
    }

    /// <summary>The file's path relative to the repository root, e.g. <c>.github/workflows/deploy.yml</c>.</summary>
    public string RelativePath { get; }

    /// <summary>The file's raw text (comments included, which the YAML model drops).</summary>
    public string Text { get; }

    /// <summary>The document's root mapping.</summary>
    public YamlMappingNode Root { get; }

    /// <summary>The jobs, in file order.</summary>
    public IReadOnlyList<WorkflowJob> Jobs { get; }

    /// <summary>The events that trigger the workflow (the keys of <c>on</c>, or its scalar or list form).</summary>
    public IReadOnlyList<string> Triggers => Root.Child("on") switch
    {
        YamlScalarNode single => [single.Value ?? ""],
        YamlSequenceNode list => [.. list.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "")],
        YamlMappingNode map => map.Keys(),
        _ => [],
    };

    /// <summary>The workflow-level <c>env</c>, empty when absent.</summary>
    public YamlMappingNode Env => Root.Mapping("env") ?? new YamlMappingNode();

    /// <summary>Every workflow file's path relative to the repository root, sorted.</summary>
    public static IReadOnlyList<string> RelativePaths()
    {
        var folder = RepositoryRoot.Resolve(Folder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(f => $"{Folder}/{Path.GetFileName(f)}")
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>The workflow at <paramref name="relativePath"/>.</summary>
    public static Workflow Load(string relativePath) =>
        new(relativePath, File.ReadAllText(RepositoryRoot.Resolve(relativePath)), YamlFile.LoadMapping(relativePath));

    /// <summary>Every workflow of the repository.</summary>
    public static IReadOnlyList<Workflow> All() => [.. RelativePaths().Select(Load)];

    /// <summary>Every workflow path as xunit theory rows.</summary>
    public static TheoryData<string> Files() => [.. RelativePaths()];
}
