using System.Globalization;

namespace ServeInfra.PulumiCli;

/// <summary>
/// A stack's config (<c>config.Map</c>): what <c>Pulumi.&lt;stack&gt;.yaml</c> holds, changed the way
/// <c>pulumi config set</c> changes it. Each value is the tree the CLI's <c>config.object</c> holds: a string, a
/// boolean, a number, a list, a map, or a <see cref="SecretText"/> (pulumi/pulumi v3.259.0
/// <c>sdk/go/common/resource/config/value.go</c>, <c>object.go</c>, <c>map.go</c>).
/// </summary>
public sealed partial class StackConfig
{
    private readonly PulumiProject _project;
    private readonly SortedDictionary<string, object?> _values = new(StringComparer.Ordinal);

    private StackConfig(PulumiProject project) => _project = project;

    /// <summary>Every key the stack sets, with its namespace.</summary>
    public IEnumerable<string> Keys => _values.Keys;

    /// <summary>
    /// Reads a stack file (<c>LoadProjectStackBytes</c>): keys without a namespace get the project's; plain values
    /// keep their YAML type; a map holding only <c>secure</c> is a secret, which a test cannot decrypt.
    /// </summary>
    public static StackConfig Load(PulumiProject project, string? text)
    {
        ArgumentNullException.ThrowIfNull(project);
        var stack = new StackConfig(project);
        if (text is null || GoYaml.Decode(text) is not SortedDictionary<string, object?> file
            || file.GetValueOrDefault("config") is not SortedDictionary<string, object?> config)
        {
            return stack;
        }

        foreach (var (key, value) in config)
        {
            if (ContainsCiphertext(value))
            {
                throw new PulumiCliException($"'{key}' holds an encrypted value, which this harness cannot decrypt: set it with SetSecret instead.");
            }

            stack._values[key.Contains(':', StringComparison.Ordinal) ? key : $"{project.Name}:{key}"] = value;
        }

        return stack;
    }

    /// <summary><c>pulumi config set KEY VALUE</c>: the value is stored as a string, whatever it looks like.</summary>
    public StackConfig Set(string key, string value)
    {
        _values[FullKey(key)] = value;
        return this;
    }

    /// <summary>
    /// The key written into <c>Pulumi.&lt;stack&gt;.yaml</c> by hand, e.g. <c>["203.0.113.0/24"]</c>: the value keeps
    /// the type YAML gives it, as when the file is loaded.
    /// </summary>
    public StackConfig SetYaml(string key, string yaml)
    {
        var value = ((SortedDictionary<string, object?>)GoYaml.Decode($"v: {yaml}")!)["v"];
        if (ContainsCiphertext(value))
        {
            throw new PulumiCliException($"'{key}' holds an encrypted value, which this harness cannot decrypt: set it with SetSecret instead.");
        }

        _values[FullKey(key)] = value;
        return this;
    }

    /// <summary><c>pulumi config set --secret KEY VALUE</c>.</summary>
    public StackConfig SetSecret(string key, string value)
    {
        _values[FullKey(key)] = new SecretText(value);
        return this;
    }

    /// <summary>
    /// <c>pulumi config set --path 'KEY.a[0].b' VALUE</c> (<c>Map.Set</c> with a path): below the top level the value
    /// is coerced (<c>true</c>/<c>false</c> to booleans, decimal digits not starting with 0 to numbers) and containers
    /// are created as the path asks; a path of one segment stores a string as <see cref="Set"/> does.
    /// </summary>
    public StackConfig SetPath(string key, string value)
    {
        var full = FullKey(key);
        var colon = full.IndexOf(':', StringComparison.Ordinal);
        var path = PropertyPath.Parse(full[(colon + 1)..]);
        var root = $"{full[..colon]}:{path[0]}";
        if (path.Count == 1)
        {
            _values[root] = value;
            return this;
        }

        var tree = _values.GetValueOrDefault(root) ?? NewContainer(path[1]);
        _values[root] = SetIn(tree, path, 1, Coerce(value), 1);
        return this;
    }

    /// <summary>The value tree of a key, or null when the stack does not set it.</summary>
    public bool TryGet(string fullKey, out object? value) => _values.TryGetValue(fullKey, out value);

    internal void SetDefault(string fullKey, object? value) => _values[fullKey] = value;

    private string FullKey(string key) => key.Contains(':', StringComparison.Ordinal) ? key : $"{_project.Name}:{key}";

    // object.go coerce: "true"/"false"; base-10 digits that do not start with 0 (unless "0") become numbers.
    private static object Coerce(string text)
    {
        if (text is "true" or "false")
        {
            return text == "true";
        }

        if (text.Length > 1 && text[0] == '0')
        {
            return text;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && text.TrimStart('+', '-').All(char.IsAsciiDigit))
        {
            return number;
        }

        return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var big) ? big : text;
    }

    private static bool ContainsCiphertext(object? value) => value switch
    {
        SortedDictionary<string, object?> { Count: 1 } map when map.GetValueOrDefault("secure") is string => true,
        SortedDictionary<string, object?> map => map.Values.Any(ContainsCiphertext),
        List<object?> list => list.Any(ContainsCiphertext),
        _ => false,
    };
}
