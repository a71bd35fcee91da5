using ServeInfra.Core.Settings;

namespace ServeInfra.Core.Configuration;

/// <summary>
/// Turns raw stack config into validated <see cref="StackSettings"/> in two steps: it parses the strings into the
/// settings records (a value of the wrong type is an error here), then reports the records' own
/// <see cref="StackSettings.Validate"/>, so config and code that builds settings meet one set of rules. Pure: the same
/// config always gives the same settings or the same errors, and every error is reported at once.
/// </summary>
public static partial class StackConfigLoader
{
    /// <summary>
    /// Loads and validates. <paramref name="raw"/> maps full keys (<c>serveinfra:access</c>, <c>gcp:project</c>) to
    /// the strings Pulumi hands over (arrays as JSON); missing keys take their documented defaults. Keys of the
    /// <c>serveinfra</c> namespace that are not settings are errors (typos); other namespaces are not looked at.
    /// </summary>
    public static LoadResult Load(IReadOnlyDictionary<string, string> raw, string stackName)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(stackName);
        var reader = new ConfigReader(raw);
        ReportUnknownKeys(reader, raw.Keys);
        var settings = new StackSettings
        {
            Project = reader.Raw(ConfigKeys.GcpProject) ?? "",
            Cloud = ReadCloud(reader, stackName),
            Cluster = ReadCluster(reader),
        };
        var ignored = IgnoredKeys(reader, settings.Cluster.Access);
        var errors = ConfigErrorOrder.Merge(reader.Errors, settings.Validate());
        return errors.Count > 0
            ? new LoadResult { Errors = errors, Ignored = ignored }
            : new LoadResult { Settings = settings, Ignored = ignored };
    }

    private static IReadOnlyList<string> IgnoredKeys(ConfigReader reader, Access.ClusterAccess access)
    {
        var otherModeKeys = access is Access.PrivateAccess
            ? new[] { ConfigKeys.Domain, ConfigKeys.BackendTimeoutSeconds, ConfigKeys.GatewayReplicas, ConfigKeys.Tokens, ConfigKeys.CertificateTimeoutSeconds }
            : [ConfigKeys.PrivateSourceRanges, ConfigKeys.PrivateGlobalAccess];
        return otherModeKeys.Where(reader.IsSet).Select(key => key.FullName).ToList();
    }
}
