using System.Text.RegularExpressions;
using ServeInfra.Core.Serve;

namespace ServeInfra.Core.Configuration;

public static partial class StackConfigLoader
{
    /// <summary>Path prefixes no application may use: Ray Serve's own (<c>/-/healthz</c>, <c>/-/routes</c>) and the token gateway's.</summary>
    public static IReadOnlyList<string> ReservedRoutePrefixes { get; } = ["/-/", "/_gateway/"];

    private static IReadOnlyList<ServeApplication> ReadApplications(ConfigReader reader)
    {
        var items = reader.Array(ConfigKeys.Applications);
        if (items is null || items.Count == 0)
        {
            return [ServeApplication.Default];
        }

        var apps = new List<ServeApplication>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = new ConfigObject(reader, $"{ConfigKeys.Applications.FullName}[{i}]", items[i]);
            if (!item.IsObject)
            {
                continue;
            }

            var name = item.RequiredString("name", ServeApplicationName.Pattern(), ServeApplicationName.Allowed, "fruit_app");
            var route = item.RequiredString("routePrefix", RoutePrefix(), "a path such as /fruit: '/', then letters, digits, '.', '_', '~', '-' and single '/'; no trailing '/'", "/fruit");
            if (route is not null && !IsDotSegmentFree(route))
            {
                item.Fail("routePrefix", route, "has a '.' or '..' segment", "a path without dot segments", "/fruit");
                route = null;
            }
            else if (route is not null && ReservedRoutePrefixes.FirstOrDefault(p => (route + "/").StartsWith(p, StringComparison.Ordinal)) is { } reserved)
            {
                item.Fail("routePrefix", route, $"is reserved ({reserved}... belongs to Ray Serve or the token gateway)", "any other path", "/fruit");
            }

            var importPath = item.RequiredString("importPath", ImportPath(), "a Python import path such as package.module:app", "fruit.deployment_graph");
            var env = ReadRuntimeEnv(item.Child("runtimeEnv"));
            if (name is not null && apps.Any(app => app.Name == name))
            {
                item.Fail("name", name, "is used by another application", "a unique name", name + "_2");
            }

            if (route is not null && apps.Any(app => app.RoutePrefix == route))
            {
                item.Fail("routePrefix", route, "is served by another application", "a unique route prefix", route + "2");
            }

            if (name is not null && route is not null && importPath is not null)
            {
                apps.Add(new ServeApplication { Name = name, RoutePrefix = route, ImportPath = importPath, RuntimeEnv = env });
            }
        }

        return apps.Count > 0 ? apps : [ServeApplication.Default];
    }

    private static RuntimeEnv ReadRuntimeEnv(ConfigObject? env)
    {
        if (env is null || !env.IsObject)
        {
            return new RuntimeEnv();
        }

        var workingDir = env.OptionalString("workingDir", WorkingDir(), "a URI such as https://.../archive.zip or gs://bucket/app.zip", "gs://my-bucket/app.zip");
        var pip = env.StringList("pip", PipRequirement(), "requirement strings such as torch==2.5.1", "torch==2.5.1");
        var envVars = env.StringMap("envVars", EnvVarName(), "names of letters, digits and '_' not starting with a digit; string values", "LOG_LEVEL");
        return new RuntimeEnv { WorkingDir = workingDir, Pip = pip, EnvVars = envVars };
    }

    [GeneratedRegex("^/([A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*)?$")]
    private static partial Regex RoutePrefix();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*(:[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*)?$")]
    private static partial Regex ImportPath();

    [GeneratedRegex("^(https|gs|s3)://\\S+$")]
    private static partial Regex WorkingDir();

    [GeneratedRegex("^[^\\s]+( *[^\\s]+)*$")]
    private static partial Regex PipRequirement();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex EnvVarName();

    private static bool IsDotSegmentFree(string route) =>
        !route.Split('/').Any(segment => segment is "." or "..");
}
