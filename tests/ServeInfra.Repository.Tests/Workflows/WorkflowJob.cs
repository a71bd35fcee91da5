using ServeInfra.Repository.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ServeInfra.Repository.Tests.Workflows;

/// <summary>One job of a workflow.</summary>
internal sealed record WorkflowJob(Workflow Workflow, string Id, YamlMappingNode Node)
{
    /// <summary>The steps, in order.</summary>
    public IReadOnlyList<WorkflowStep> Steps =>
        [.. Node.Items("steps").Select(s => new WorkflowStep(this, Assert.IsType<YamlMappingNode>(s)))];

    /// <summary>The job-level <c>env</c>, empty when absent.</summary>
    public YamlMappingNode Env => Node.Mapping("env") ?? new YamlMappingNode();

    /// <summary>The job's declared permissions, or null when it declares none.</summary>
    public Permissions? Permissions => Permissions.From(Node.Child("permissions"));

    /// <summary>The steps that run the official Pulumi action.</summary>
    public IReadOnlyList<WorkflowStep> PulumiSteps => [.. Steps.Where(s => s.Action?.Name == "pulumi/actions")];

    /// <summary>The Pulumi command the job runs (<c>preview</c>, <c>up</c>), or null when it runs none.</summary>
    public string? PulumiCommand => PulumiSteps.Select(s => s.With("command")).FirstOrDefault();

    /// <summary>
    /// The stacks the job's Pulumi steps act on; a <c>${{ matrix.stack }}</c> stack name is expanded to the
    /// matrix's values.
    /// </summary>
    public IReadOnlyList<string> Stacks => [.. PulumiSteps
        .Select(s => s.With("stack-name") ?? "")
        .SelectMany(name => name.Replace(" ", "", StringComparison.Ordinal) == "${{matrix.stack}}" ? MatrixValues("stack") : [name])
        .Distinct(StringComparer.Ordinal)];

    /// <summary>The job's <c>needs</c> as a list.</summary>
    public IReadOnlyList<string> Needs => Node.Child("needs") switch
    {
        YamlScalarNode single => [single.Value ?? ""],
        YamlSequenceNode list => [.. list.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "")],
        _ => [],
    };

    /// <summary>The environment's name (scalar form or <c>name:</c> of the mapping form), or null.</summary>
    public string? EnvironmentName => Node.Child("environment") switch
    {
        YamlScalarNode name => name.Value,
        YamlMappingNode environment => environment.Scalar("name"),
        _ => null,
    };

    /// <summary>The values of one matrix dimension.</summary>
    public IReadOnlyList<string> MatrixValues(string dimension) =>
        Node.Mapping("strategy")?.Mapping("matrix") is { } matrix
            ? [.. matrix.Items(dimension).OfType<YamlScalarNode>().Select(s => s.Value ?? "")]
            : [];
}
