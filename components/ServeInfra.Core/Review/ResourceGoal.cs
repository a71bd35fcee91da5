namespace ServeInfra.Core.Review;

/// <summary>
/// What a program run registered for one resource, as far as the engine's replace decision needs it.
/// </summary>
/// <param name="Urn">The engine's URN (<see cref="EngineUrn"/>).</param>
/// <param name="ReplaceOnChanges">The resource's <c>ReplaceOnChanges</c> paths, each with the value its inputs hold there (null: absent).</param>
/// <param name="DeleteBeforeReplace">Whether a replacement deletes the old object first (named objects).</param>
public sealed record ResourceGoal(string Urn, IReadOnlyDictionary<string, string?> ReplaceOnChanges, bool DeleteBeforeReplace = false);
