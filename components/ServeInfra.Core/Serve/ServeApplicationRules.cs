using System.Text.RegularExpressions;
using ServeInfra.Core.Settings;

namespace ServeInfra.Core.Serve;

/// <summary>The rules for an application's fields, each stated once: the loader words missing fields with them, <c>Validate()</c> checks with them.</summary>
internal static partial class ServeApplicationRules
{
    public static TextRule Name { get; } = new(ServeApplicationName.Pattern(), ServeApplicationName.Allowed, "fruit_app");

    public static TextRule RoutePrefix { get; } = new(RoutePrefixPattern(), "a path such as /fruit: '/', then letters, digits, '.', '_', '~', '-' and single '/'; no trailing '/'", "/fruit");

    public static TextRule ImportPath { get; } = new(ImportPathPattern(), "a Python import path such as package.module:app", "fruit.deployment_graph");

    public static TextRule WorkingDir { get; } = new(WorkingDirPattern(), "a URI such as https://.../archive.zip or gs://bucket/app.zip", "gs://my-bucket/app.zip");

    public static TextRule Pip { get; } = new(PipPattern(), "requirement strings such as torch==2.5.1", "torch==2.5.1");

    public static TextRule EnvVarName { get; } = new(EnvVarNamePattern(), "names of letters, digits and '_' not starting with a digit; string values", "LOG_LEVEL");

    /// <summary>What is wrong with an environment variable whose name or value is not allowed.</summary>
    public const string InvalidVariable = "is not a valid variable (its value is not shown: it may be a secret)";

    [GeneratedRegex("^/([A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*)?$")]
    private static partial Regex RoutePrefixPattern();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*(:[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*)?$")]
    private static partial Regex ImportPathPattern();

    [GeneratedRegex("^(https|gs|s3)://\\S+$")]
    private static partial Regex WorkingDirPattern();

    [GeneratedRegex("^[^\\s]+( *[^\\s]+)*$")]
    private static partial Regex PipPattern();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex EnvVarNamePattern();
}
