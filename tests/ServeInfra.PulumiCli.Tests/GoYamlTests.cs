namespace ServeInfra.PulumiCli.Tests;

/// <summary>
/// How yaml.v3 types a scalar decoded into <c>any</c> (go-yaml/yaml v3 <c>resolve.go</c>), which decides whether the CLI
/// sees a default as a string, a number or a boolean.
/// </summary>
public class GoYamlTests
{
    public static TheoryData<string, object?> Scalars() => new()
    {
        { "2", 2L },
        { "-4", -4L },
        { "'2'", "2" },
        { "\"2\"", "2" },
        { "!!str 2", "2" },
        { "2.0", 2.0 },
        { ".5", 0.5 },
        { "1e3", 1000.0 },
        { "0x10", 16L },
        { "0o17", 15L },
        { "010", 8L },
        { "09", 9.0 },
        { "1_000", 1000L },
        { "1.7.0", "1.7.0" },
        { "10.10.0.0/20", "10.10.0.0/20" },
        { "e2-standard-8", "e2-standard-8" },
        { "yes", "yes" },
        { "on", "on" },
        { "True", true },
        { "FALSE", false },
        { "~", null },
        { "null", null },
        { "2001-12-14", "2001-12-14" },
        { "8Gi", "8Gi" },
    };

    [Theory]
    [MemberData(nameof(Scalars))]
    public void A_scalar_gets_the_type_yaml_v3_gives_it(string yaml, object? expected)
    {
        var decoded = Assert.IsType<SortedDictionary<string, object?>>(GoYaml.Decode($"v: {yaml}"));

        Assert.Equal(expected, decoded["v"]);
    }

    [Fact]
    public void Lists_and_maps_keep_their_shape()
    {
        var decoded = (SortedDictionary<string, object?>)GoYaml.Decode("a: [1, x]\nb: {c: true}")!;

        Assert.Equal(new List<object?> { 1L, "x" }, decoded["a"]);
        Assert.Equal(true, ((SortedDictionary<string, object?>)decoded["b"]!)["c"]);
    }

    [Fact]
    public void A_key_that_is_not_a_string_is_refused() =>
        Assert.Equal("expected only string keys, got '1'", Assert.Throws<PulumiCliException>(() => GoYaml.Decode("1: a")).Message);

    [Theory]
    [InlineData("[{\"name\":\"default\",\"generation\":1}]", "[{\"generation\":1,\"name\":\"default\"}]")]
    [InlineData("[\"<a&b>\"]", "[\"\\u003ca\\u0026b\\u003e\"]")]
    [InlineData("{b: 1.5, a: [true, null]}", "{\"a\":[true,null],\"b\":1.5}")]
    public void Go_json_sorts_map_keys_and_escapes_html(string yaml, string json) =>
        Assert.Equal(json, GoJson.Marshal(GoYaml.Decode(yaml)));
}
