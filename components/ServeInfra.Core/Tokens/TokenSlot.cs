namespace ServeInfra.Core.Tokens;

/// <summary>
/// One token value that must exist: a name, a generation and the slot (<c>a</c> or <c>b</c>) that holds it.
/// Two slots per name let the current and the previous generation coexist with stable resource names.
/// </summary>
/// <param name="Name">The token's name.</param>
/// <param name="Generation">The generation whose value the slot holds.</param>
/// <param name="IsCurrent">True for the newest generation, false for the previous one kept during a rotation.</param>
public sealed record TokenSlot(string Name, int Generation, bool IsCurrent)
{
    /// <summary>The slot letter: odd generations live in <c>a</c>, even ones in <c>b</c>.</summary>
    public string Slot => Generation % 2 == 1 ? "a" : "b";

    /// <summary>What the gateway's audit log prints for a request this value authorised: <c>name#generation</c>.</summary>
    public string Label => $"{Name}#{Generation.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>The suffix of the resource that holds the value, stable across rotations: <c>name-a</c> or <c>name-b</c>.</summary>
    public string ResourceSuffix => $"{Name}-{Slot}";
}
