namespace ServeInfra.Core.Tests.Support;

/// <summary>Raw stack config as Pulumi hands it to the program: full keys to strings.</summary>
internal static class RawConfig
{
    public const string Project = "serve-test-123";

    /// <summary>A valid minimal config (only gcp:project) plus the given overrides; a null value removes a key.</summary>
    public static Dictionary<string, string> With(params (string Key, string? Value)[] overrides)
    {
        var raw = new Dictionary<string, string> { ["gcp:project"] = Project };
        foreach (var (key, value) in overrides)
        {
            var fullKey = key.Contains(':', StringComparison.Ordinal) ? key : $"serveinfra:{key}";
            if (value is null)
            {
                raw.Remove(fullKey);
            }
            else
            {
                raw[fullKey] = value;
            }
        }

        return raw;
    }
}
