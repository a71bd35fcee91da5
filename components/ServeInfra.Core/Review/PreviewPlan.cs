namespace ServeInfra.Core.Review;

/// <summary>
/// The part of the engine's plan that the program's shape decides, from the resources two runs register
/// (pulumi/pulumi v3.259.0 <c>pkg/resource/deploy/step_generator.go</c>): a URN registered by both runs is the same
/// resource, replaced when a <c>ReplaceOnChanges</c> path changed (<c>applyReplaceOnChanges</c> turns that path's diff
/// into a replacement) and otherwise kept; a URN only the old run has is deleted, one only the new run has is
/// created. Changes the provider alone decides (in-place updates, replacements of immutable fields) are not modelled.
/// </summary>
public static class PreviewPlan
{
    /// <summary>Every resource's step, in URN order.</summary>
    public static IReadOnlyList<PlannedStep> Derive(IEnumerable<ResourceGoal> before, IEnumerable<ResourceGoal> after)
    {
        var old = before.ToDictionary(goal => goal.Urn, StringComparer.Ordinal);
        var next = after.ToDictionary(goal => goal.Urn, StringComparer.Ordinal);
        return old.Keys.Union(next.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(urn =>
            (old.GetValueOrDefault(urn), next.GetValueOrDefault(urn)) switch
            {
                (null, not null) => new PlannedStep(urn, StepKind.Create),
                (not null, null) => new PlannedStep(urn, StepKind.Delete),
                (var was, var now) => Compare(urn, was!, now!),
            }).ToList();
    }

    private static PlannedStep Compare(string urn, ResourceGoal was, ResourceGoal now)
    {
        foreach (var (path, value) in now.ReplaceOnChanges.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var previous = was.ReplaceOnChanges.GetValueOrDefault(path);
            if (previous != value)
            {
                return new PlannedStep(urn, StepKind.Replace, $"{path}: {previous ?? "(none)"} => {value ?? "(none)"}");
            }
        }

        return new PlannedStep(urn, StepKind.Keep);
    }
}
