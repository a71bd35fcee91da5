using System.Collections.Immutable;
using Pulumi;
using ServeInfra.Components.Access;
using ServeInfra.Components.Cloud;
using ServeInfra.Components.Cluster;
using ServeInfra.Core.Review;
using ServeInfra.PulumiCli;
using ServeInfra.Tests.Support;

namespace ServeInfra.Infra.Tests;

/// <summary>
/// What the engine will show for <c>pulumi config set serveinfra:access public</c> (and back), derived from two runs
/// of the program the way the engine plans (<see cref="PreviewPlan"/>: URNs, then <c>ReplaceOnChanges</c>).
/// The mock engine's own URNs drop part of the parent chain, so URNs are rebuilt from the recorded parents.
/// </summary>
public class AccessChangePreviewTests
{
    private static async Task<IReadOnlyList<ResourceGoal>> Goals(bool preview, string access)
    {
        var (mocks, seen) = await ProgramRun.Observed("dev", preview, ("access", access));
        var byResource = seen.ToDictionary(r => (object)r.Resource, ReferenceEqualityComparer.Instance);

        string Qualified(Recorded r) => r.Options.Parent is { } parent && byResource.TryGetValue(parent, out var p)
            ? EngineUrn.QualifiedType(Qualified(p), r.Type)
            : EngineUrn.QualifiedType(null, r.Type);

        return seen.Select(r =>
        {
            var inputs = mocks.Registered.FirstOrDefault(m => m.Type == r.Type && m.Name == r.Name)?.Inputs ?? ImmutableDictionary<string, object>.Empty;
            var watched = r.Options.ReplaceOnChanges.ToDictionary(path => path, path => ValueAt(inputs, PropertyPath.Parse(path)));
            return new ResourceGoal(EngineUrn.Of("dev", "serveinfra", Qualified(r), r.Name), watched, r.Options is CustomResourceOptions { DeleteBeforeReplace: true });
        }).ToList();
    }

    private static string? ValueAt(object? node, IReadOnlyList<object> path) =>
        path.Count == 0 ? node?.ToString()
        : node is IReadOnlyDictionary<string, object> map && path[0] is string key && map.TryGetValue(key, out var child) ? ValueAt(child, path.Skip(1).ToList())
        : null;

    private static async Task<IReadOnlyList<PlannedStep>> Change(bool preview, string from, string to) =>
        PreviewPlan.Derive(await Goals(preview, from), await Goals(preview, to));

    [Theory]
    [InlineData(true, "private", "public")]
    [InlineData(false, "private", "public")]
    [InlineData(true, "public", "private")]
    public async Task Changing_access_replaces_the_ray_service_swaps_the_endpoint_and_keeps_the_cloud(bool preview, string from, string to)
    {
        var steps = await Change(preview, from, to);

        var replaced = Assert.Single(steps, s => s.Kind == StepKind.Replace);
        Assert.Equal($"urn:pulumi:dev::serveinfra::{ServeCluster.TypeToken}$kubernetes:ray.io/v1:RayService::serve-rayservice", replaced.Urn);
        Assert.Equal($"metadata.labels[\"serveinfra.dev/access\"]: {from} => {to}", replaced.Reason);
        var (gone, added) = from == "private" ? (PrivateEndpoint.TypeToken, PublicEndpoint.TypeToken) : (PublicEndpoint.TypeToken, PrivateEndpoint.TypeToken);
        Assert.All(steps.Where(s => s.Urn.Contains(gone, StringComparison.Ordinal)), s => Assert.Equal(StepKind.Delete, s.Kind));
        Assert.All(steps.Where(s => s.Urn.Contains(added, StringComparison.Ordinal)), s => Assert.Equal(StepKind.Create, s.Kind));
        Assert.Contains(steps, s => s.Kind == StepKind.Delete);
        Assert.Contains(steps, s => s.Kind == StepKind.Create);
        Assert.All(steps.Where(s => s.Urn.Contains(ServeCloud.TypeToken, StringComparison.Ordinal)), s => Assert.Equal(StepKind.Keep, s.Kind));
        Assert.DoesNotContain(steps, s => s.Kind is StepKind.Create or StepKind.Delete && !s.Urn.Contains(gone, StringComparison.Ordinal) && !s.Urn.Contains(added, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_replace_option_sits_on_a_resource_both_modes_register()
    {
        var (privateGoals, publicGoals) = (await Goals(false, "private"), await Goals(false, "public"));
        var both = privateGoals.Select(g => g.Urn).Intersect(publicGoals.Select(g => g.Urn)).ToHashSet(StringComparer.Ordinal);

        // A ReplaceOnChanges on a resource only one mode has can never fire: the engine deletes or creates it instead.
        Assert.All(privateGoals.Concat(publicGoals).Where(g => g.ReplaceOnChanges.Count > 0), g => Assert.Contains(g.Urn, both));
    }

    [Fact]
    public async Task The_replaced_ray_service_is_deleted_before_its_successor_takes_its_name()
    {
        var goals = await Goals(false, "private");

        Assert.True(Assert.Single(goals, g => g.Urn.EndsWith("::serve-rayservice", StringComparison.Ordinal)).DeleteBeforeReplace);
        Assert.Contains(goals, g => g.Urn == $"urn:pulumi:dev::serveinfra::{ServeCluster.TypeToken}::serve");
    }
}
