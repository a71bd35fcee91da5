namespace ServeInfra.Core.Tokens;

/// <summary>Which token values must exist and be accepted, for a set of named tokens.</summary>
public static class TokenPlan
{
    /// <summary>
    /// The valid set: for each name, the current generation, plus the previous one while it is not retired.
    /// Ordered by name, current first, so renders are stable.
    /// </summary>
    public static IReadOnlyList<TokenSlot> ValidSlots(IEnumerable<TokenSettings> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var slots = new List<TokenSlot>();
        foreach (var token in tokens.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            slots.Add(new TokenSlot(token.Name, token.Generation, IsCurrent: true));
            var previous = token.Generation - 1;
            if (previous >= 1 && previous > token.RetiredThrough)
            {
                slots.Add(new TokenSlot(token.Name, previous, IsCurrent: false));
            }
        }

        return slots;
    }
}
