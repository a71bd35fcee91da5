using System.Text.RegularExpressions;
using ServeInfra.Repository.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ServeInfra.Repository.Tests.Workflows;

/// <summary>One step of a job.</summary>
internal sealed partial record WorkflowStep(WorkflowJob Job, YamlMappingNode Node)
{
    /// <summary>The action the step uses, or null for a <c>run</c> step.</summary>
    public ActionReference? Action => Node.Scalar("uses") is { } uses ? ActionReference.Parse(uses) : null;

    /// <summary>The step's shell script, or null for an action step.</summary>
    public string? Run => Node.Scalar("run");

    /// <summary>The step-level <c>env</c>, empty when absent.</summary>
    public YamlMappingNode Env => Node.Mapping("env") ?? new YamlMappingNode();

    /// <summary>One input of the action (<c>with:</c>), verbatim, or null.</summary>
    public string? With(string input) => Node.Mapping("with")?.Scalar(input);

    /// <summary>
    /// One input with a <c>${{ env.NAME }}</c> reference replaced by the value GitHub would give it: the step's,
    /// else the job's, else the workflow's <c>env</c>.
    /// </summary>
    public string? ResolvedWith(string input)
    {
        var value = With(input);
        if (value is null || EnvReference().Match(value) is not { Success: true } match)
        {
            return value;
        }

        var name = match.Groups["name"].Value;
        return Env.Scalar(name) ?? Job.Env.Scalar(name) ?? Job.Workflow.Env.Scalar(name);
    }

    [GeneratedRegex(@"^\$\{\{\s*env\.(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*\}\}$")]
    private static partial Regex EnvReference();
}
