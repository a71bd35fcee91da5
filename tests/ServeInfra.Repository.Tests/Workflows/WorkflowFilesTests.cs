using ServeInfra.Repository.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ServeInfra.Repository.Tests.Workflows;

public class WorkflowFilesTests
{
    public static TheoryData<string> Files => Workflow.Files();

    [Fact]
    public void The_pull_request_and_deploy_workflows_exist()
    {
        Assert.Subset(
            new HashSet<string>(Workflow.RelativePaths(), StringComparer.Ordinal),
            new HashSet<string>([WorkflowNames.PullRequest, WorkflowNames.Deploy], StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_workflow_parses_into_triggers_and_jobs_with_steps(string path)
    {
        var workflow = Workflow.Load(path);

        Assert.False(string.IsNullOrWhiteSpace(workflow.Root.Scalar("name")), $"{path}: give the workflow a name");
        Assert.NotEmpty(workflow.Triggers);
        Assert.NotEmpty(workflow.Jobs);
        foreach (var job in workflow.Jobs)
        {
            Assert.True(job.Node.Child("runs-on") is not null || job.Node.Child("uses") is not null, $"{path}: job {job.Id} has no runs-on");
            if (job.Node.Child("uses") is null)
            {
                Assert.True(job.Steps.Count > 0, $"{path}: job {job.Id} has no steps");
                Assert.All(job.Steps, s => Assert.True(s.Action is not null ^ s.Run is not null, $"{path}: job {job.Id} has a step with neither or both of uses and run"));
            }

            Assert.True(job.Node.Child("timeout-minutes") is YamlScalarNode, $"{path}: job {job.Id} has no timeout-minutes (the default is 6 hours)");
        }
    }

    [Theory]
    [InlineData(WorkflowNames.PullRequest, "pull_request")]
    [InlineData(WorkflowNames.Deploy, "push")]
    public void Each_workflow_runs_on_its_event_for_main_only(string path, string trigger)
    {
        var workflow = Workflow.Load(path);

        Assert.Equal([trigger], workflow.Triggers);
        var on = Assert.IsType<YamlMappingNode>(workflow.Root.Child("on"));
        var branches = Assert.IsType<YamlMappingNode>(on.Child(trigger)).Items("branches");
        Assert.Equal(["main"], branches.Select(b => ((YamlScalarNode)b).Value));
    }
}
