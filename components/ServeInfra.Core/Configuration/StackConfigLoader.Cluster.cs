using ServeInfra.Core.Access;
using ServeInfra.Core.Settings;

namespace ServeInfra.Core.Configuration;

public static partial class StackConfigLoader
{
    private static ClusterSettings ReadCluster(ConfigReader reader)
    {
        // A bad mode is reported by Choice; reading on as private still reports the rest of the config's problems.
        var mode = reader.Choice(ConfigKeys.Access, "is not an access mode");
        ClusterAccess access = mode == PublicAccess.Name ? ReadPublic(reader) : ReadPrivate(reader);
        return new ClusterSettings
        {
            Name = reader.String(ConfigKeys.ClusterName),
            Access = access,
            Ray = ReadRay(reader),
            Applications = ReadApplications(reader),
            ServeReadyTimeoutSeconds = reader.Int(ConfigKeys.ServeReadyTimeoutSeconds),
            EndpointCheck = reader.Bool(ConfigKeys.EndpointCheck),
        };
    }

    private static RaySettings ReadRay(ConfigReader reader)
    {
        var ray = new RaySettings
        {
            Version = reader.String(ConfigKeys.RayVersion),
            Head = new ComputeResources(reader.String(ConfigKeys.HeadCpu), reader.String(ConfigKeys.HeadMemory)),
            Worker = new ComputeResources(reader.String(ConfigKeys.WorkerCpu), reader.String(ConfigKeys.WorkerMemory)),
            WorkerMinReplicas = reader.Int(ConfigKeys.WorkerMinReplicas),
            WorkerMaxReplicas = reader.Int(ConfigKeys.WorkerMaxReplicas),
        };

        // Unset: the record's default, Ray's image of the configured version.
        var image = reader.String(ConfigKeys.RayImage, "");
        return image.Length == 0 ? ray : ray with { Image = image };
    }

    private static PrivateAccess ReadPrivate(ConfigReader reader) => new()
    {
        ExtraSourceRanges = reader.CidrList(ConfigKeys.PrivateSourceRanges),
        GlobalAccess = reader.Bool(ConfigKeys.PrivateGlobalAccess),
    };

    private static PublicAccess ReadPublic(ConfigReader reader)
    {
        var domain = reader.String(ConfigKeys.Domain);
        return new PublicAccess
        {
            Domain = domain.Length == 0 ? null : domain,
            BackendTimeoutSeconds = reader.Int(ConfigKeys.BackendTimeoutSeconds),
            GatewayReplicas = reader.Int(ConfigKeys.GatewayReplicas),
            CertificateTimeoutSeconds = reader.Int(ConfigKeys.CertificateTimeoutSeconds),
            Tokens = ReadTokens(reader),
        };
    }
}
