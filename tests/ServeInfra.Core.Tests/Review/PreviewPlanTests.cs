using ServeInfra.Core.Review;

namespace ServeInfra.Core.Tests.Review;

public class PreviewPlanTests
{
    private const string Label = "metadata.labels[\"serveinfra.dev/access\"]";

    private static ResourceGoal Goal(string urn, string? access = null) =>
        new(urn, access is null ? new Dictionary<string, string?>() : new Dictionary<string, string?> { [Label] = access });

    [Fact]
    public void Urns_chain_the_parents_qualified_type_and_leave_out_the_root_stack()
    {
        var cluster = EngineUrn.QualifiedType(EngineUrn.RootStackType, "serveinfra:cluster:ServeCluster");
        var endpoint = EngineUrn.QualifiedType(cluster, "serveinfra:access:PrivateEndpoint");
        var service = EngineUrn.QualifiedType(endpoint, "kubernetes:core/v1:Service");

        Assert.Equal("urn:pulumi:dev::serveinfra::serveinfra:cluster:ServeCluster$serveinfra:access:PrivateEndpoint$kubernetes:core/v1:Service::serve-internal",
            EngineUrn.Of("dev", "serveinfra", service, "serve-internal"));
    }

    [Fact]
    public void The_same_urn_with_a_changed_replace_path_is_replaced_and_says_why()
    {
        var steps = PreviewPlan.Derive([Goal("a", "private")], [Goal("a", "public")]);

        Assert.Equal([new PlannedStep("a", StepKind.Replace, $"{Label}: private => public")], steps);
    }

    [Fact]
    public void A_change_outside_the_replace_paths_keeps_the_resource() =>
        Assert.Equal(StepKind.Keep, PreviewPlan.Derive([Goal("a")], [Goal("a")]).Single().Kind);

    [Fact]
    public void A_urn_only_before_is_deleted_and_one_only_after_is_created() =>
        Assert.Equal(
            [new PlannedStep("new", StepKind.Create), new PlannedStep("old", StepKind.Delete)],
            PreviewPlan.Derive([Goal("old", "private")], [Goal("new", "public")]));
}
