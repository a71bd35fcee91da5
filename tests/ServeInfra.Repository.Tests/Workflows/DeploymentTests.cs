using ServeInfra.Repository.Tests.Support;

namespace ServeInfra.Repository.Tests.Workflows;

public class DeploymentTests
{
    public static TheoryData<string> Stacks => [.. WorkflowNames.Stacks];

    [Theory]
    [MemberData(nameof(Stacks))]
    public void Each_stack_is_previewed_on_pull_requests_with_the_preview_posted_on_the_pr(string stack)
    {
        var workflow = Workflow.Load(WorkflowNames.PullRequest);

        var preview = Assert.Single(workflow.Jobs, j => j.PulumiCommand == "preview" && j.Stacks.Contains(stack));
        Assert.Contains("test", preview.Needs);
        Assert.All(preview.PulumiSteps, s => Assert.Equal("true", s.With("comment-on-pr")));
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public void Each_stack_is_updated_on_main_one_deployment_at_a_time_and_never_cancelled(string stack)
    {
        var workflow = Workflow.Load(WorkflowNames.Deploy);

        var up = Assert.Single(workflow.Jobs, j => j.PulumiCommand == "up" && j.Stacks.Contains(stack));
        Assert.Equal([stack], up.Stacks);
        var concurrency = up.Node.Mapping("concurrency");
        Assert.True(concurrency is not null, $"job {up.Id} has no concurrency group");
        Assert.Equal($"pulumi-{stack}", concurrency.Scalar("group"));
        // Required explicitly (GitHub's default is also false): the intent is then visible, and flipping it fails here.
        Assert.Equal("false", concurrency.Scalar("cancel-in-progress"));
    }

    [Fact]
    public void Dev_is_updated_after_the_tests_and_prod_after_dev_in_the_protected_environment()
    {
        var jobs = Workflow.Load(WorkflowNames.Deploy).Jobs;
        var dev = Assert.Single(jobs, j => j.PulumiCommand == "up" && j.Stacks.Contains("dev"));
        var prod = Assert.Single(jobs, j => j.PulumiCommand == "up" && j.Stacks.Contains("prod"));

        Assert.Equal(["test"], dev.Needs);
        Assert.NotEqual("production", dev.EnvironmentName);
        Assert.Equal([dev.Id], prod.Needs);
        Assert.Equal("production", prod.EnvironmentName);
    }

    [Fact]
    public void Only_deployments_use_the_per_stack_groups_and_previews_are_cancelled_by_a_newer_push()
    {
        var pullRequest = Workflow.Load(WorkflowNames.PullRequest);
        var concurrency = pullRequest.Root.Mapping("concurrency");

        Assert.True(concurrency is not null, "the pull request workflow has no concurrency group");
        Assert.Contains("github.event.pull_request.number", concurrency.Scalar("group"), StringComparison.Ordinal);
        Assert.Equal("true", concurrency.Scalar("cancel-in-progress"));
        // A preview waiting in a deployment's group would make GitHub cancel a waiting `up` (one pending run per group).
        var groups = Workflow.All()
            .SelectMany(w => w.Jobs.Where(j => j.PulumiCommand != "up").Select(j => j.Node.Mapping("concurrency")).Append(w.Root.Mapping("concurrency")))
            .Select(c => c?.Scalar("group"))
            .OfType<string>();
        Assert.All(groups, g => Assert.False(g.StartsWith("pulumi-", StringComparison.Ordinal), $"'{g}' is a deployment group"));
    }

    [Theory]
    [InlineData(WorkflowNames.PullRequest)]
    [InlineData(WorkflowNames.Deploy)]
    public void The_test_job_builds_with_the_pinned_sdk_and_runs_the_readme_test_command(string path)
    {
        var test = Assert.Single(Workflow.Load(path).Jobs, j => j.Id == "test");
        var steps = test.Steps.ToList();

        var setup = steps.FindIndex(s => s.Action?.Name == "actions/setup-dotnet");
        var run = steps.FindIndex(s => s.Run?.Trim() == "bash tests/run");
        Assert.True(setup >= 0, "the test job does not install .NET with actions/setup-dotnet");
        Assert.Equal("global.json", steps[setup].With("global-json-file"));
        Assert.True(run > setup, "the test job does not run `bash tests/run` after installing .NET");
    }

    [Theory]
    [MemberData(nameof(PulumiJobs))]
    public void Pulumi_jobs_get_google_credentials_through_workload_identity_federation_first(string path, string jobId)
    {
        var job = Assert.Single(Workflow.Load(path).Jobs, j => j.Id == jobId);
        var steps = job.Steps.ToList();

        var auth = Assert.Single(steps, s => s.Action?.Name == "google-github-actions/auth");
        Assert.False(string.IsNullOrEmpty(auth.With("workload_identity_provider")));
        Assert.False(string.IsNullOrEmpty(auth.With("service_account")));
        Assert.Null(auth.With("credentials_json"));
        Assert.True(steps.IndexOf(auth) < steps.IndexOf(job.PulumiSteps[0]), $"{jobId}: authenticate before running Pulumi");
    }

    [Theory]
    [MemberData(nameof(PulumiJobs))]
    public void Pulumi_jobs_take_the_backend_and_the_cloud_token_from_repository_settings(string path, string jobId)
    {
        var job = Assert.Single(Workflow.Load(path).Jobs, j => j.Id == jobId);

        var pulumi = Assert.Single(job.PulumiSteps);
        Assert.Equal("${{ vars.PULUMI_BACKEND_URL }}", pulumi.Env.Scalar("PULUMI_BACKEND_URL"));
        Assert.Equal("${{ secrets.PULUMI_ACCESS_TOKEN }}", pulumi.Env.Scalar("PULUMI_ACCESS_TOKEN"));
        Assert.Null(pulumi.With("cloud-url"));
    }

    public static TheoryData<string, string> PulumiJobs()
    {
        var rows = new TheoryData<string, string>();
        foreach (var job in Workflow.All().SelectMany(w => w.Jobs).Where(j => j.PulumiSteps.Count > 0))
        {
            rows.Add(job.Workflow.RelativePath, job.Id);
        }

        return rows;
    }
}
