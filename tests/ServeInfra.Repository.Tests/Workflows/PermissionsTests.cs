using ServeInfra.Repository.Tests.Support;

namespace ServeInfra.Repository.Tests.Workflows;

public class PermissionsTests
{
    public static TheoryData<string> Files => Workflow.Files();

    [Theory]
    [MemberData(nameof(Files))]
    public void The_workflow_default_grants_at_most_contents_read(string path)
    {
        var workflow = Workflow.Load(path);

        var defaults = Permissions.From(workflow.Root.Child("permissions"));

        Assert.True(defaults is not null, $"{path}: set a top-level 'permissions: {{}}' (or 'contents: read'); without it every job gets the repository's default token scopes");
        Assert.Null(defaults.Shorthand);
        Assert.True(
            defaults.Scopes.Count == 0 || (defaults.Scopes.Count == 1 && defaults.Scopes.GetValueOrDefault("contents") == "read"),
            $"{path}: the top-level default is '{defaults}'; grant more per job only");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_job_declares_its_permissions_scope_by_scope(string path)
    {
        foreach (var job in Workflow.Load(path).Jobs)
        {
            var permissions = job.Permissions;
            Assert.True(permissions is not null, $"{path}: job {job.Id} declares no permissions");
            Assert.True(permissions.Shorthand is null, $"{path}: job {job.Id} uses '{permissions.Shorthand}'; list the scopes it needs");
            Assert.All(permissions.Scopes, s => Assert.Contains(s.Value, new[] { "read", "write", "none" }));
        }
    }

    [Theory]
    [InlineData("preview", new[] { "id-token", "pull-requests" })]
    [InlineData("up", new[] { "id-token" })]
    public void Pulumi_jobs_write_only_the_oidc_token_and_what_their_command_publishes(string command, string[] writes)
    {
        var jobs = Workflow.All().SelectMany(w => w.Jobs).Where(j => j.PulumiCommand == command).ToList();

        Assert.NotEmpty(jobs);
        Assert.All(jobs, job =>
        {
            Assert.Null(job.Permissions?.Shorthand);
            Assert.Equal(writes, job.Permissions!.Writes);
            Assert.Equal("read", job.Permissions.Scopes.GetValueOrDefault("contents"));
        });
    }

    [Theory]
    [InlineData(WorkflowNames.PullRequest)]
    [InlineData(WorkflowNames.Deploy)]
    public void The_test_job_only_reads_the_repository(string path)
    {
        var test = Assert.Single(Workflow.Load(path).Jobs, j => j.Id == "test");

        Assert.Equal("contents: read", test.Permissions?.ToString());
    }

    [Fact]
    public void Every_write_scope_is_used_by_a_step_of_its_job()
    {
        foreach (var job in Workflow.All().SelectMany(w => w.Jobs))
        {
            foreach (var scope in job.Permissions?.Writes ?? [])
            {
                var usedBy = scope switch
                {
                    // The OIDC token is only worth asking for where it is exchanged for Google credentials.
                    "id-token" => job.Steps.Where(s => s.Action?.Name == "google-github-actions/auth"),
                    "pull-requests" => job.PulumiSteps.Where(s => s.With("comment-on-pr") == "true"),
                    _ => [],
                };
                Assert.True(usedBy.Any(), $"{job.Workflow.RelativePath}: job {job.Id} asks for {scope}: write but no step uses it");
            }
        }
    }
}
