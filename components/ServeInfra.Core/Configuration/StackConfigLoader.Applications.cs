using ServeInfra.Core.Serve;

namespace ServeInfra.Core.Configuration;

public static partial class StackConfigLoader
{
    /// <summary>
    /// The applications as written, one record per item, so that a record's problems carry its item's index. An item
    /// that does not parse keeps its place with the parts that did (its problems are reported once, as parse errors).
    /// </summary>
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
            apps.Add(item.IsObject
                ? new ServeApplication
                {
                    Name = item.RequiredString("name", ServeApplicationRules.Name)!,
                    RoutePrefix = item.RequiredString("routePrefix", ServeApplicationRules.RoutePrefix)!,
                    ImportPath = item.RequiredString("importPath", ServeApplicationRules.ImportPath)!,
                    RuntimeEnv = ReadRuntimeEnv(item.Child("runtimeEnv")),
                }
                : new ServeApplication { Name = null!, RoutePrefix = null!, ImportPath = null! });
        }

        return apps;
    }

    private static RuntimeEnv ReadRuntimeEnv(ConfigObject? env)
    {
        if (env is null || !env.IsObject)
        {
            return new RuntimeEnv();
        }

        return new RuntimeEnv
        {
            WorkingDir = env.OptionalString("workingDir", ServeApplicationRules.WorkingDir),
            Pip = env.StringList("pip", ServeApplicationRules.Pip),
            EnvVars = env.StringMap("envVars", ServeApplicationRules.EnvVarName, ServeApplicationRules.InvalidVariable),
        };
    }
}
