namespace ServeInfra.Core.Review;

/// <summary>What the engine does with one resource between two runs of the program.</summary>
public enum StepKind
{
    /// <summary>Kept (the provider may still update it in place).</summary>
    Keep,

    /// <summary><c>+-replace</c>: the same URN, with a change on one of its <c>ReplaceOnChanges</c> paths.</summary>
    Replace,

    /// <summary><c>+ create</c>: a URN only the new run registers.</summary>
    Create,

    /// <summary><c>- delete</c>: a URN only the old run registered.</summary>
    Delete,
}

/// <summary>One resource's step in a preview.</summary>
/// <param name="Urn">The resource's URN.</param>
/// <param name="Kind">What happens to it.</param>
/// <param name="Reason">For a replacement: the path whose change forces it, with old and new value.</param>
public sealed record PlannedStep(string Urn, StepKind Kind, string? Reason = null);
