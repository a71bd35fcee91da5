namespace ServeInfra.Repository.Tests.Workflows;

public class PulumiCliVersionTests
{
    /// <summary>
    /// The oldest CLI the workflows may pin: one whose engine knows every resource option the .NET SDK 3.112 can
    /// send (pulumi/pulumi CHANGELOG, 3.208.0: "Add a replacement_trigger resource option"), so no option is
    /// silently ignored. The program itself relies on ReplaceOnChanges, which is older.
    /// </summary>
    private static readonly Version ReplacementTriggerCli = new(3, 208, 0);

    public static TheoryData<string> Files => Workflow.Files();

    [Theory]
    [MemberData(nameof(Files))]
    public void Pulumi_steps_pin_an_exact_cli_that_honours_replacement_triggers(string path)
    {
        foreach (var step in Workflow.Load(path).Jobs.SelectMany(j => j.PulumiSteps))
        {
            var version = step.ResolvedWith("pulumi-version");

            Assert.True(version is not null, $"{path}: job {step.Job.Id} runs Pulumi without pulumi-version (the action's default is the newest ^3)");
            Assert.True(Version.TryParse(version, out var parsed) && parsed.Build >= 0, $"{path}: pulumi-version '{version}' is not an exact x.y.z version");
            Assert.True(parsed >= ReplacementTriggerCli, $"{path}: Pulumi CLI {version} predates {ReplacementTriggerCli}, the oldest engine that knows every option the SDK sends");
        }
    }

    [Fact]
    public void Every_workflow_runs_the_same_cli()
    {
        var versions = Workflow.All()
            .SelectMany(w => w.Jobs.SelectMany(j => j.PulumiSteps))
            .Select(s => s.ResolvedWith("pulumi-version"))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.Single(versions);
    }
}
