using System.Collections.Immutable;
using Pulumi;
using Pulumi.Testing;
using Pulumi.Utilities;
using ServeInfra.PulumiCli;

namespace ServeInfra.Examples.Tests;

/// <summary>
/// One run of the example's program on the mock engine, as <c>pulumi up</c> (or <c>preview</c>) runs it in
/// <c>examples/OneCloudTwoClusters</c>: its <c>Pulumi.yaml</c>, a <c>dev</c> stack with <c>gcp:project</c> and the given
/// <c>pulumi config set</c>s, the CLI's merge into <c>PULUMI_CONFIG</c>, and the stack outputs <c>Program.cs</c> returns.
/// </summary>
public sealed record ExampleRun(OneCloudTwoClusters Example, IDictionary<string, object?> Outputs, ExampleMocks Mocks)
{
    private const string ProjectFolder = "examples/OneCloudTwoClusters";

    /// <summary>Runs the program with the given keys set (a key without a namespace is the example project's own).</summary>
    public static async Task<ExampleRun> Of(bool preview, params (string Key, string Value)[] config)
    {
        var mocks = new ExampleMocks();
        OneCloudTwoClusters? example = null;
        var (_, outputs) = await Run(preview, config, options => Deployment.TestAsync(mocks, options, () =>
        {
            example = OneCloudTwoClusters.Create();
            return example.Outputs();
        }));
        return new ExampleRun(example!, outputs, mocks);
    }

    /// <summary>Runs the program and then <paramref name="more"/>, which may add resources to it, for failure cases.</summary>
    public static Task<ImmutableArray<Resource>> With(ExampleMocks mocks, Action<OneCloudTwoClusters> more, params (string Key, string Value)[] config) =>
        Run(preview: true, config, options => Deployment.TestAsync(mocks, options, () => more(OneCloudTwoClusters.Create())));

    /// <summary>The registered resources of a type.</summary>
    public IReadOnlyList<MockResourceArgs> OfType(string type) => Mocks.Registered.Where(r => r.Type == type).ToList();

    /// <summary>An output's value.</summary>
    public static Task<T> Value<T>(Output<T> output) => OutputUtilities.GetValueAsync(output);

    private static async Task<T> Run<T>(bool preview, (string Key, string Value)[] config, Func<TestOptions, Task<T>> run)
    {
        var session = StackSession.FromProject(ProjectFolder, "dev").Set("gcp:project", "example-project");
        foreach (var (key, value) in config)
        {
            session.Set(key, value);
        }

        using (session.Up().Apply())
        {
            return await run(new TestOptions { IsPreview = preview, StackName = session.Name, ProjectName = session.Project.Name });
        }
    }
}
