using System.Globalization;

namespace ServeInfra.Core.Tokens;

/// <summary>
/// One token value that must exist: a name and a generation. Each value is a resource of its own, named after its
/// generation: a rotation creates one, a retirement deletes one, and no value is ever replaced in place. So when the
/// way new values are made changes (their format), existing values stay as they are and only new generations get
/// the new way.
/// </summary>
/// <param name="Name">The token's name.</param>
/// <param name="Generation">The generation whose value this is.</param>
/// <param name="IsCurrent">True for the newest generation, false for the previous one kept during a rotation.</param>
public sealed record TokenSlot(string Name, int Generation, bool IsCurrent)
{
    /// <summary>What the gateway's audit log prints for a request this value authorised: <c>name#generation</c>.</summary>
    public string Label => $"{Name}#{Generation.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The suffix of the resource that holds the value: <c>name-g&lt;generation&gt;</c>, e.g. <c>default-g2</c>.</summary>
    public string ResourceSuffix => $"{Name}-g{Generation.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>
    /// The suffix this value's resource had when each name had two fixed slots, odd generations in <c>name-a</c> and
    /// even ones in <c>name-b</c>, replaced on every rotation. The resource declares it as an alias, so values made
    /// then are adopted as they are, without a change.
    /// </summary>
    public string FormerResourceSuffix => $"{Name}-{(Generation % 2 == 1 ? "a" : "b")}";
}
