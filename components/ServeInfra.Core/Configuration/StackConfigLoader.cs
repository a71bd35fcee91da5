using System.Text.RegularExpressions;
using ServeInfra.Core.Settings;

namespace ServeInfra.Core.Configuration;

/// <summary>
/// Turns raw stack config into validated <see cref="StackSettings"/>. Pure: the same config always gives the
/// same settings or the same errors, and every error is reported at once.
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
        var project = ReadProject(reader);
        var cloud = ReadCloud(reader, stackName);
        var cluster = ReadCluster(reader);
        var ignored = IgnoredKeys(reader, cluster.Access);
        if (reader.Errors.Count > 0)
        {
            return new LoadResult { Errors = reader.Errors, Ignored = ignored };
        }

        return new LoadResult
        {
            Settings = new StackSettings { Project = project, Cloud = cloud, Cluster = cluster },
            Ignored = ignored,
        };
    }

    private static string ReadProject(ConfigReader reader)
    {
        var project = reader.Raw(ConfigKeys.GcpProject);
        if (string.IsNullOrEmpty(project))
        {
            reader.Fail(ConfigKeys.GcpProject, null, "is not set", "your GCP project id (6 to 30 characters: a-z, 0-9, -)", ConfigKeys.GcpProjectFix);
            return "";
        }

        if (!ProjectId().IsMatch(project))
        {
            reader.Fail(ConfigKeys.GcpProject, project, "is not a GCP project id", "6 to 30 characters: lower-case letters, digits and hyphens, starting with a letter", ConfigKeys.GcpProjectFix);
        }

        return project;
    }

    private static IReadOnlyList<string> IgnoredKeys(ConfigReader reader, Access.ClusterAccess access)
    {
        var otherModeKeys = access is Access.PrivateAccess
            ? new[] { ConfigKeys.Domain, ConfigKeys.BackendTimeoutSeconds, ConfigKeys.GatewayReplicas, ConfigKeys.Tokens, ConfigKeys.CertificateTimeoutSeconds }
            : [ConfigKeys.PrivateSourceRanges, ConfigKeys.PrivateGlobalAccess];
        return otherModeKeys.Where(reader.IsSet).Select(key => key.FullName).ToList();
    }

    [GeneratedRegex("^[a-z][-a-z0-9]{4,28}[a-z0-9]$")]
    private static partial Regex ProjectId();

    [GeneratedRegex("^[a-z]+-[a-z]+[0-9]+$")]
    private static partial Regex RegionName();

    [GeneratedRegex("^[a-z][a-z0-9]*-[a-z0-9-]*[a-z0-9]$")]
    private static partial Regex MachineType();

    [GeneratedRegex("^[0-9]+\\.[0-9]+\\.[0-9]+$")]
    private static partial Regex Semver();
}
