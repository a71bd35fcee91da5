using ServeInfra.Core.Settings;

namespace ServeInfra.Core.Tests.Settings;

/// <summary>Every rule's case from <see cref="CloudSettingsValidateTests"/> and <see cref="ClusterSettingsValidateTests"/>, as one table.</summary>
public class SettingsRuleTests
{
    private static readonly Dictionary<string, (Func<IReadOnlyList<SettingsProblem>> Validate, string Expected)> Cases =
        CloudSettingsValidateTests.Cases.Concat(ClusterSettingsValidateTests.Cases).ToDictionary();

    public static TheoryData<string> Rules => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Rules))]
    public void A_bad_value_gives_one_problem_naming_setting_key_value_and_what_is_allowed(string rule)
    {
        var (validate, expected) = Cases[rule];

        Assert.Equal(expected, Assert.Single(validate()).ToString());
    }
}
