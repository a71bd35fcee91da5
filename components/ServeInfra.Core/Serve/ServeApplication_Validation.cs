using ServeInfra.Core.Settings;

namespace ServeInfra.Core.Serve;

public sealed partial record ServeApplication
{
    /// <summary>Path prefixes no application may use: Ray Serve's own (<c>/-/healthz</c>, <c>/-/routes</c>) and the token gateway's.</summary>
    public static IReadOnlyList<string> ReservedRoutePrefixes { get; } = ["/-/", "/_gateway/"];

    /// <summary>
    /// Every problem with this application on its own (name, route prefix, import path, runtime environment), one each
    /// naming the field, the bad value and what is allowed. Uniqueness among a cluster's applications is checked by
    /// <see cref="ClusterSettings.Validate"/>.
    /// </summary>
    public IReadOnlyList<SettingsProblem> Validate()
    {
        var checks = new SettingsChecks();
        Validate(checks, nameof(ServeApplication), null);
        return checks.Problems;
    }

    /// <summary>Checks into <paramref name="checks"/>, naming settings from <paramref name="at"/> and keys from <paramref name="item"/> (its config path, if any).</summary>
    internal void Validate(SettingsChecks checks, string at, string? item)
    {
        ServeApplicationRules.Name.Check(checks, $"{at}.Name", item, "name", Name);
        if (ServeApplicationRules.RoutePrefix.Check(checks, $"{at}.RoutePrefix", item, "routePrefix", RoutePrefix))
        {
            if (RoutePrefix.Split('/').Any(segment => segment is "." or ".."))
            {
                checks.FailItem($"{at}.RoutePrefix", item, "routePrefix", RoutePrefix, "has a '.' or '..' segment", "a path without dot segments", ServeApplicationRules.RoutePrefix.Example);
            }
            else if (ReservedRoutePrefixes.FirstOrDefault(p => (RoutePrefix + "/").StartsWith(p, StringComparison.Ordinal)) is { } reserved)
            {
                checks.FailItem($"{at}.RoutePrefix", item, "routePrefix", RoutePrefix, $"is reserved ({reserved}... belongs to Ray Serve or the token gateway)",
                    "any other path", ServeApplicationRules.RoutePrefix.Example);
            }
        }

        ServeApplicationRules.ImportPath.Check(checks, $"{at}.ImportPath", item, "importPath", ImportPath);
        ValidateRuntimeEnv(checks, $"{at}.RuntimeEnv", item is null ? null : $"{item}.runtimeEnv");
    }

    /// <summary>True when a route prefix is one this application may serve (and so takes part in the uniqueness check).</summary>
    internal bool HasUsableRoutePrefix =>
        ServeApplicationRules.RoutePrefix.IsValid(RoutePrefix) && !RoutePrefix.Split('/').Any(segment => segment is "." or "..");

    private void ValidateRuntimeEnv(SettingsChecks checks, string at, string? item)
    {
        if (RuntimeEnv is null)
        {
            checks.Add(new SettingsProblem(at, item, null, "is not set", "a runtime environment (new RuntimeEnv() for none)", null));
            return;
        }

        if (RuntimeEnv.WorkingDir is not null)
        {
            ServeApplicationRules.WorkingDir.Check(checks, $"{at}.WorkingDir", item, "workingDir", RuntimeEnv.WorkingDir);
        }

        var pip = RuntimeEnv.Pip ?? [];
        for (var i = 0; i < pip.Count; i++)
        {
            ServeApplicationRules.Pip.Check(checks, $"{at}.Pip[{i}]", item, $"pip[{i}]", pip[i]);
        }

        foreach (var (name, value) in RuntimeEnv.EnvVars ?? new Dictionary<string, string>())
        {
            if (!ServeApplicationRules.EnvVarName.IsValid(name) || value is null)
            {
                checks.FailItem($"{at}.EnvVars[{name}]", item, $"envVars.{name}", null, ServeApplicationRules.InvalidVariable,
                    ServeApplicationRules.EnvVarName.Allowed, ServeApplicationRules.EnvVarName.Example);
            }
        }
    }
}
