using Pulumi;
using Pulumi.Testing;
using ServeInfra.Core.Configuration;
using ServeInfra.Core.Review;
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
        var session = TestSettings.Session(stack, config);
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
        var session = TestSettings.Session(stack, [(ConfigKeys.GcpProject, TestSettings.Project), .. config]);
        var options = new TestOptions { IsPreview = preview, StackName = stack, ProjectName = session.Project.Name };
        await Run(session.Up().Apply(), () => Deployment.TestWithServiceProviderAsync<ServeStack>(mocks, services, options));
        return (mocks, recorder.Seen);
    }

    /// <summary>
    /// Every resource the stack registers, with the URN the engine gives it (the mock engine's own URNs drop part of
    /// the parent chain, so they are rebuilt from the recorded parents with <see cref="EngineUrn"/>).
    /// </summary>
    public static async Task<IReadOnlyList<(string Urn, Recorded Resource, MockResourceArgs? Registered)>> Urns(string stack, bool preview, params (string Key, string Value)[] config)
    {
        var (mocks, seen) = await Observed(stack, preview, config);
        var byResource = seen.ToDictionary(r => (object)r.Resource, ReferenceEqualityComparer.Instance);

        string Qualified(Recorded r) => r.Options.Parent is { } parent && byResource.TryGetValue(parent, out var p)
            ? EngineUrn.QualifiedType(Qualified(p), r.Type)
            : EngineUrn.QualifiedType(null, r.Type);

        return seen.Select(r => (EngineUrn.Of(stack, "serveinfra", Qualified(r), r.Name), r, mocks.Registered.FirstOrDefault(m => m.Type == r.Type && m.Name == r.Name))).ToList();
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
