using ServeInfra.Core.Tokens;

namespace ServeInfra.Core.Tests.Tokens;

public class TokenPlanTests
{
    private static string Plan(params TokenSettings[] tokens) =>
        string.Join(" ", TokenPlan.ValidSlots(tokens).Select(s => $"{s.Label}@{s.ResourceSuffix}{(s.IsCurrent ? "" : "(prev)")}"));

    private static string Former(params TokenSettings[] tokens) =>
        string.Join(" ", TokenPlan.ValidSlots(tokens).Select(s => $"{s.ResourceSuffix}<-{s.FormerResourceSuffix}"));

    [Fact]
    public void A_new_token_has_one_value() =>
        Assert.Equal("default#1@default-g1", Plan(TokenSettings.Default));

    [Fact]
    public void A_bump_keeps_the_previous_value_valid_beside_the_new_one() =>
        Assert.Equal("default#2@default-g2 default#1@default-g1(prev)", Plan(new TokenSettings { Name = "default", Generation = 2 }));

    [Fact]
    public void Retiring_the_previous_generation_leaves_only_the_current_value() =>
        Assert.Equal("default#2@default-g2", Plan(new TokenSettings { Name = "default", Generation = 2, RetiredThrough = 1 }));

    [Fact]
    public void The_next_bump_adds_a_value_and_keeps_the_last_one() =>
        Assert.Equal("default#3@default-g3 default#2@default-g2(prev)", Plan(new TokenSettings { Name = "default", Generation = 3, RetiredThrough = 1 }));

    [Fact]
    public void Skipping_generations_keeps_only_the_immediately_previous_value() =>
        Assert.Equal("default#5@default-g5 default#4@default-g4(prev)", Plan(new TokenSettings { Name = "default", Generation = 5 }));

    [Fact]
    public void Names_are_independent_and_ordered() =>
        Assert.Equal(
            "ci#1@ci-g1 default#4@default-g4",
            Plan(new TokenSettings { Name = "default", Generation = 4, RetiredThrough = 3 }, new TokenSettings { Name = "ci" }));

    [Fact]
    public void Removing_a_name_removes_all_its_values()
    {
        var ci = new TokenSettings { Name = "ci", Generation = 2 };

        // Both of ci's values are valid while it is listed (current and previous), and none once it is removed.
        Assert.Equal("ci#2@ci-g2 ci#1@ci-g1(prev) default#1@default-g1", Plan(TokenSettings.Default, ci));
        Assert.Equal("default#1@default-g1", Plan(TokenSettings.Default));
    }

    /// <summary>
    /// Each value used to live in one of two fixed slots per name (odd generations in a, even in b); its resource
    /// now names its generation and declares the slot name as an alias, so existing values are adopted unchanged.
    /// </summary>
    [Fact]
    public void Each_value_knows_the_slot_it_lived_in_before_values_got_a_resource_per_generation() =>
        Assert.Equal(
            "ci-g1<-ci-a default-g4<-default-b default-g3<-default-a",
            Former(new TokenSettings { Name = "default", Generation = 4 }, new TokenSettings { Name = "ci" }));
}
