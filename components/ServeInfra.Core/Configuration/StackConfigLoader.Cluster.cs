using System.Globalization;
using System.Text.RegularExpressions;
using ServeInfra.Core.Access;
using ServeInfra.Core.Naming;
using ServeInfra.Core.Settings;

namespace ServeInfra.Core.Configuration;

public static partial class StackConfigLoader
{
    private static readonly Version MinimumRay = new(2, 52, 0);

    private static ClusterSettings ReadCluster(ConfigReader reader)
    {
        var name = reader.String(ConfigKeys.ClusterName);
        if (!NameRules.IsDnsLabel(name, NameRules.MaxClusterNameLength))
        {
            reader.Fail(ConfigKeys.ClusterName, name, "is not a valid cluster name",
                $"1 to {NameRules.MaxClusterNameLength} characters: lower-case letters, digits and hyphens, starting with a letter");
        }

        // A bad mode is reported by Choice; reading on as private still reports the rest of the config's problems.
        var mode = reader.Choice(ConfigKeys.Access, "is not an access mode");

        ClusterAccess access = mode == PublicAccess.Name ? ReadPublic(reader) : ReadPrivate(reader);
        return new ClusterSettings
        {
            Name = name,
            Access = access,
            Ray = ReadRay(reader),
            Applications = ReadApplications(reader),
            ServeReadyTimeoutSeconds = reader.Int(ConfigKeys.ServeReadyTimeoutSeconds),
            EndpointCheck = reader.Bool(ConfigKeys.EndpointCheck),
        };
    }

    private static PrivateAccess ReadPrivate(ConfigReader reader)
    {
        return new PrivateAccess
        {
            ExtraSourceRanges = reader.CidrList(ConfigKeys.PrivateSourceRanges),
            GlobalAccess = reader.Bool(ConfigKeys.PrivateGlobalAccess),
        };
    }

    private static PublicAccess ReadPublic(ConfigReader reader)
    {
        var domain = reader.String(ConfigKeys.Domain);
        if (domain.Length > 0 && !NameRules.IsCertificateDomain(domain))
        {
            reader.Fail(ConfigKeys.Domain, domain, "is not a DNS name a Google-managed certificate can cover",
                $"a lower-case name of at most {NameRules.MaxCertificateDomainLength} characters such as serve.example.com (no wildcard, no trailing dot), or empty for <ip>.sslip.io");
        }

        return new PublicAccess
        {
            Domain = domain.Length == 0 ? null : domain,
            BackendTimeoutSeconds = reader.Int(ConfigKeys.BackendTimeoutSeconds),
            GatewayReplicas = reader.Int(ConfigKeys.GatewayReplicas),
            CertificateTimeoutSeconds = reader.Int(ConfigKeys.CertificateTimeoutSeconds),
            Tokens = ReadTokens(reader),
        };
    }

    private static RaySettings ReadRay(ConfigReader reader)
    {
        var version = reader.String(ConfigKeys.RayVersion);
        if (!Semver().IsMatch(version) || !Version.TryParse(version, out var parsed) || parsed < MinimumRay)
        {
            reader.Fail(ConfigKeys.RayVersion, version, "is not a pinned Ray version supported here", $"an exact version, {MinimumRay} or newer");
        }

        var image = reader.String(ConfigKeys.RayImage, RaySettings.DefaultImage(version));
        if (ImageProblem(image, version) is { } problem)
        {
            reader.Fail(ConfigKeys.RayImage, image, problem, $"an image pinned by digest or by a tag starting with {version}");
        }

        var min = reader.Int(ConfigKeys.WorkerMinReplicas);
        var max = reader.Int(ConfigKeys.WorkerMaxReplicas);
        if (max < min)
        {
            reader.Fail(ConfigKeys.WorkerMaxReplicas, max.ToString(CultureInfo.InvariantCulture),
                $"is below {ConfigKeys.WorkerMinReplicas.FullName} ({min})", $"a number from {Math.Max(1, min)} to {ConfigKeys.WorkerMaxReplicas.Range!.Value.Max}");
        }

        return new RaySettings
        {
            Version = version,
            Image = image,
            Head = new ComputeResources(Quantity(reader, ConfigKeys.HeadCpu, CpuQuantity()), Quantity(reader, ConfigKeys.HeadMemory, MemoryQuantity())),
            Worker = new ComputeResources(Quantity(reader, ConfigKeys.WorkerCpu, CpuQuantity()), Quantity(reader, ConfigKeys.WorkerMemory, MemoryQuantity())),
            WorkerMinReplicas = min,
            WorkerMaxReplicas = max,
        };
    }

    private static string? ImageProblem(string image, string version)
    {
        if (image.Any(char.IsWhiteSpace) || image.Length == 0)
        {
            return "is not an image reference";
        }

        if (image.Contains("@sha256:", StringComparison.Ordinal))
        {
            return null;
        }

        var lastSlash = image.LastIndexOf('/');
        var colon = image.IndexOf(':', lastSlash + 1);
        if (colon < 0)
        {
            return "has no tag (it would float to latest)";
        }

        var tag = image[(colon + 1)..];
        return tag == "latest" || tag == "nightly" ? "floats" : !tag.StartsWith(version, StringComparison.Ordinal) ? $"does not match rayVersion {version}" : null;
    }

    private static string Quantity(ConfigReader reader, ConfigKey key, Regex pattern)
    {
        var text = reader.String(key);
        if (!pattern.IsMatch(text))
        {
            reader.Fail(key, text, "is not a Kubernetes quantity of that kind", "a value such as " + key.Example);
        }

        return text;
    }

    [GeneratedRegex("^([1-9][0-9]*m|[0-9]+(\\.[0-9]+)?)$")]
    private static partial Regex CpuQuantity();

    [GeneratedRegex("^[1-9][0-9]*(Ki|Mi|Gi|Ti|k|M|G|T)$")]
    private static partial Regex MemoryQuantity();
}
