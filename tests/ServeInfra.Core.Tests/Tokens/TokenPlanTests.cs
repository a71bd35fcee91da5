using ServeInfra.Core.Tokens;

namespace ServeInfra.Core.Tests.Tokens;

public class TokenPlanTests
{
    private static string Plan(params TokenSettings[] tokens) =>
        string.Join(" ", TokenPlan.ValidSlots(tokens).Select(s => $"{s.Label}@{s.ResourceSuffix}{(s.IsCurrent ? "" : "(prev)")}"));

    [Fact]
    public void A_new_token_has_one_value() =>
        Assert.Equal("default#1@default-a", Plan(TokenSettings.Default));

    [Fact]
    public void A_bump_keeps_the_previous_value_valid_in_the_other_slot() =>
        Assert.Equal("default#2@default-b default#1@default-a(prev)", Plan(new TokenSettings { Name = "default", Generation = 2 }));

    [Fact]
    public void Retiring_the_previous_generation_leaves_only_the_current_value() =>
        Assert.Equal("default#2@default-b", Plan(new TokenSettings { Name = "default", Generation = 2, RetiredThrough = 1 }));

    [Fact]
    public void The_next_bump_reuses_the_slot_of_the_retired_value_and_keeps_the_last_one() =>
        Assert.Equal("default#3@default-a default#2@default-b(prev)", Plan(new TokenSettings { Name = "default", Generation = 3, RetiredThrough = 1 }));

    [Fact]
    public void Skipping_generations_keeps_only_the_immediately_previous_value() =>
        Assert.Equal("default#5@default-a default#4@default-b(prev)", Plan(new TokenSettings { Name = "default", Generation = 5 }));

    [Fact]
    public void Names_are_independent_and_ordered() =>
        Assert.Equal(
            "ci#1@ci-a default#4@default-b",
            Plan(new TokenSettings { Name = "default", Generation = 4, RetiredThrough = 3 }, new TokenSettings { Name = "ci" }));

    [Fact]
    public void Removing_a_name_removes_all_its_values() =>
        Assert.DoesNotContain("ci", Plan(TokenSettings.Default), StringComparison.Ordinal);
}
