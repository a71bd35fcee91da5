using ServeInfra.Core.Configuration;
using ServeInfra.Core.Naming;
using ServeInfra.Core.Serve;

namespace ServeInfra.Core.Settings;

public sealed partial record ClusterSettings
{
    /// <summary>
    /// Every problem with the cluster, its access mode, its Ray cluster and its applications, one each naming the
    /// setting, its config key, the bad value and what is allowed; empty when the cluster can be created.
    /// </summary>
    public IReadOnlyList<SettingsProblem> Validate()
    {
        var checks = new SettingsChecks();
        if (!NameRules.IsDnsLabel(Name, NameRules.MaxClusterNameLength))
        {
            checks.Fail("ClusterSettings.Name", ConfigKeys.ClusterName, Name, "is not a valid cluster name",
                $"1 to {NameRules.MaxClusterNameLength} characters: lower-case letters, digits and hyphens, starting with a letter");
        }

        if (checks.NotNull("ClusterSettings.Access", ConfigKeys.Access, Access))
        {
            foreach (var problem in Access.Validate())
            {
                checks.Add(problem);
            }
        }

        foreach (var problem in Ray?.Validate() ?? [new SettingsProblem("ClusterSettings.Ray", null, null, "is not set", "Ray settings (new RaySettings() for the defaults)", null)])
        {
            checks.Add(problem);
        }

        ValidateApplications(checks);
        checks.InRange("ClusterSettings.ServeReadyTimeoutSeconds", ConfigKeys.ServeReadyTimeoutSeconds, ServeReadyTimeoutSeconds);
        return checks.Problems;
    }

    private void ValidateApplications(SettingsChecks checks)
    {
        if (Applications is not { Count: > 0 })
        {
            checks.Fail("ClusterSettings.Applications", ConfigKeys.Applications, Applications is null ? null : "[]", "is empty",
                "one application or more (ServeApplication.Default serves KubeRay's sample)");
            return;
        }

        var key = ConfigKeys.Applications.FullName;
        for (var i = 0; i < Applications.Count; i++)
        {
            var (at, item) = ($"ClusterSettings.Applications[{i}]", $"{key}[{i}]");
            if (Applications[i] is not { } app)
            {
                checks.Add(new SettingsProblem(at, item, null, "is not set", "an application", $"pulumi config set --path '{item}.name' {ServeApplicationRules.Name.Example}"));
                continue;
            }

            app.Validate(checks, at, item);
            var earlier = Applications.Take(i).Where(other => other is not null).ToList();
            if (ServeApplicationName.IsValid(app.Name) && earlier.Any(other => other.Name == app.Name))
            {
                checks.FailItem($"{at}.Name", item, "name", app.Name, "is used by another application", "a unique name", app.Name + "_2");
            }

            if (app.HasUsableRoutePrefix && earlier.Any(other => other.RoutePrefix == app.RoutePrefix))
            {
                checks.FailItem($"{at}.RoutePrefix", item, "routePrefix", app.RoutePrefix, "is served by another application", "a unique route prefix", app.RoutePrefix + "2");
            }
        }
    }
}
