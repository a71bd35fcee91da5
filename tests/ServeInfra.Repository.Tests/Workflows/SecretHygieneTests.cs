using YamlDotNet.RepresentationModel;

namespace ServeInfra.Repository.Tests.Workflows;

public class SecretHygieneTests
{
    public static TheoryData<string> Files => Workflow.Files();

    [Theory]
    [MemberData(nameof(Files))]
    public void No_shell_step_traces_commands_or_expands_a_secret_into_its_script(string path)
    {
        foreach (var step in Workflow.Load(path).Jobs.SelectMany(j => j.Steps).Where(s => s.Run is not null))
        {
            var script = step.Run!;
            Assert.DoesNotContain("set -x", script, StringComparison.Ordinal);
            Assert.DoesNotContain("xtrace", script, StringComparison.Ordinal);
            // An expression is pasted into the script before the shell runs it, so it can end up in the log.
            Assert.DoesNotContain("secrets.", script, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Secrets_reach_only_the_step_that_needs_them(string path)
    {
        var workflow = Workflow.Load(path);

        var broadEnvs = workflow.Jobs.Select(j => (Where: $"job {j.Id}", Env: j.Env)).Prepend((Where: "workflow", Env: workflow.Env));

        foreach (var (where, env) in broadEnvs)
        {
            Assert.All(ScalarValues(env), v => Assert.False(
                v.Contains("secrets.", StringComparison.Ordinal),
                $"{path}: the {where} env passes a secret to every step; set it on the step that needs it"));
        }
    }

    private static IEnumerable<string> ScalarValues(YamlMappingNode env) =>
        env.Children.Values.OfType<YamlScalarNode>().Select(v => v.Value ?? "");
}
