using Pulumi;
using Pulumi.Testing;
using ServeInfra.Core.Configuration;
using ServeInfra.PulumiCli;
using ServeInfra.Tests.Support;

namespace ServeInfra.Infra.Tests;

/// <summary>
/// Runs the program as <c>pulumi up</c> does: the committed <c>Pulumi.yaml</c> and <c>Pulumi.&lt;stack&gt;.yaml</c>,
/// the given <c>pulumi config set</c>s, the CLI's merge and checks, then <c>PULUMI_CONFIG</c> for the program on
/// Pulumi's mock engine.
/// </summary>
internal static class ProgramRun
{
    /// <summary>Runs the stack; a value starting with <c>[</c> or <c>{</c> is written into the stack file as YAML.</summary>
    public static async Task<(ServeStack Stack, ServeMocks Mocks)> Of(string stack, bool preview, params (string Key, string Value)[] config)
    {
        var mocks = new ServeMocks();
        var resources = await Start(stack, preview, mocks, [(ConfigKeys.GcpProject, TestSettings.Project), .. config]);
        return (resources.OfType<ServeStack>().Single(), mocks);
    }

    /// <summary>Runs the stack without <c>gcp:project</c> unless given, for failure cases.</summary>
    public static Task<System.Collections.Immutable.ImmutableArray<Resource>> Start(string stack, bool preview, ServeMocks mocks, params (string Key, string Value)[] config)
    {
        var session = Session(stack, config);
        var program = session.Up();
        var scope = program.Apply();
        return Run(scope, () => Deployment.TestAsync<ServeStack>(mocks, new TestOptions { IsPreview = preview, StackName = stack, ProjectName = session.Project.Name }));
    }

    /// <summary>Runs the stack with every resource's options recorded.</summary>
    public static async Task<(ServeMocks Mocks, IReadOnlyList<Recorded> Seen)> Observed(string stack, bool preview, params (string Key, string Value)[] config)
    {
        var mocks = new ServeMocks();
        var recorder = new OptionsRecorder();
        var services = new StackFactory(() => new ServeStack(recorder.Transformation));
        var session = Session(stack, [(ConfigKeys.GcpProject, TestSettings.Project), .. config]);
        var options = new TestOptions { IsPreview = preview, StackName = stack, ProjectName = session.Project.Name };
        await Run(session.Up().Apply(), () => Deployment.TestWithServiceProviderAsync<ServeStack>(mocks, services, options));
        return (mocks, recorder.Seen);
    }

    private static StackSession Session(string stack, (string Key, string Value)[] config)
    {
        var session = StackSession.FromRepository(stack);
        foreach (var (key, value) in config)
        {
            _ = value.StartsWith('[') || value.StartsWith('{') ? session.SetYaml(key, value) : session.Set(key, value);
        }

        return session;
    }

    private sealed class StackFactory(Func<ServeStack> create) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(ServeStack) ? create() : null;
    }

    private static async Task<T> Run<T>(IDisposable scope, Func<Task<T>> run)
    {
        using (scope)
        {
            return await run();
        }
    }
}
