using System.Globalization;

namespace ServeInfra.PulumiCli;

/// <summary>
/// The config the program receives: the dotnet language host puts the decrypted config in <c>PULUMI_CONFIG</c>
/// (a JSON object of <c>namespace:key</c> to string) and the secret keys in <c>PULUMI_CONFIG_SECRET_KEYS</c>
/// (pulumi/pulumi-dotnet v3.112.1 <c>pulumi-language-dotnet/main.go</c> <c>constructConfig</c>, <c>constructEnv</c>;
/// the strings come from <c>config.Map.Decrypt</c>: a string as it is, anything else as Go JSON).
/// </summary>
public sealed class ProgramConfig
{
    private ProgramConfig(SortedDictionary<string, string> values, List<string> secretKeys)
    {
        Values = values;
        SecretKeys = secretKeys;
    }

    /// <summary>Every key the program sees, with the string it gets.</summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>The keys whose value is (or holds) a secret.</summary>
    public IReadOnlyList<string> SecretKeys { get; }

    /// <summary>The <c>PULUMI_CONFIG</c> text.</summary>
    public string PulumiConfig => GoJson.Marshal(Values.ToDictionary(p => p.Key, p => (object?)p.Value));

    /// <summary>The <c>PULUMI_CONFIG_SECRET_KEYS</c> text.</summary>
    public string PulumiConfigSecretKeys => GoJson.Marshal(SecretKeys.Cast<object?>().ToList());

    /// <summary>Sets both variables for the program run in this process; disposing restores what was there.</summary>
    public IDisposable Apply() => new EnvironmentScope(("PULUMI_CONFIG", PulumiConfig), ("PULUMI_CONFIG_SECRET_KEYS", PulumiConfigSecretKeys));

    internal static ProgramConfig From(StackConfig stack)
    {
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var secrets = new List<string>();
        foreach (var key in stack.Keys)
        {
            stack.TryGet(key, out var value);
            values[key] = Deliver(value);
            if (IsSecure(value))
            {
                secrets.Add(key);
            }
        }

        return new ProgramConfig(values, secrets);
    }

    internal static string Deliver(object? value) => value switch
    {
        string text => text,
        SecretText secret => secret.Plaintext,
        JsonText json => json.Json,
        bool flag => flag ? "true" : "false",
        long or ulong or double => GoJson.Marshal(value),
        _ => GoJson.Marshal(Reveal(value)),
    };

    internal static bool IsObject(object? value) => value is List<object?> or SortedDictionary<string, object?> or JsonText or null;

    internal static bool IsSecure(object? value) => value switch
    {
        SecretText => true,
        List<object?> list => list.Any(IsSecure),
        SortedDictionary<string, object?> map => map.Values.Any(IsSecure),
        _ => false,
    };

    private static object? Reveal(object? value) => value switch
    {
        SecretText secret => secret.Plaintext,
        List<object?> list => list.Select(Reveal).ToList(),
        SortedDictionary<string, object?> map => new SortedDictionary<string, object?>(map.ToDictionary(p => p.Key, p => Reveal(p.Value)), StringComparer.Ordinal),
        _ => value,
    };

    private sealed class EnvironmentScope : IDisposable
    {
        private readonly (string Name, string? Before)[] _saved;

        public EnvironmentScope(params (string Name, string Value)[] variables)
        {
            _saved = [.. variables.Select(v => (v.Name, Environment.GetEnvironmentVariable(v.Name)))];
            foreach (var (name, value) in variables)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }

        public void Dispose()
        {
            foreach (var (name, before) in _saved)
            {
                Environment.SetEnvironmentVariable(name, before);
            }
        }
    }

    /// <summary>Shows keys only: values may be secrets.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Values.Count} keys: {string.Join(", ", Values.Keys)}");
}
