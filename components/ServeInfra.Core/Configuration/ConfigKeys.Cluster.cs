using ServeInfra.Core.Access;
using ServeInfra.Core.Settings;

namespace ServeInfra.Core.Configuration;

public static partial class ConfigKeys
{
    /// <summary><c>clusterName</c>.</summary>
    public static ConfigKey ClusterName { get; } = new("clusterName", ConfigType.String, ConfigDefault.Of(ClusterSettings.DefaultName), "serve",
        "Name of the Ray Serve cluster: its namespace, RayService and resource prefix. Changing it replaces the cluster.");

    /// <summary><c>access</c>.</summary>
    public static ConfigKey Access { get; } = new("access", ConfigType.String, ConfigDefault.Of(PrivateAccess.Name), "private",
        "How the cluster is reached: private (VPC-internal, no token) or public (HTTPS, token required). Changing it recreates the Ray cluster and its endpoint (not the GKE cluster): the URL changes and in-flight requests fail.")
    {
        Allowed = ClusterAccess.Stamps,
    };

    /// <summary><c>rayVersion</c>.</summary>
    public static ConfigKey RayVersion { get; } = new("rayVersion", ConfigType.String, ConfigDefault.Of(RaySettings.DefaultVersion), "2.52.0",
        "Ray version (an exact 2.52.0 or newer); KubeRay's rayVersion and the image tag follow it.");

    /// <summary><c>rayImage</c>.</summary>
    public static ConfigKey RayImage { get; } = new("rayImage", ConfigType.String, ConfigDefault.Of(""), "rayproject/ray:2.52.0-py311",
        "Ray container image, pinned by a tag that starts with rayVersion or by digest. Empty: rayproject/ray:<rayVersion>.");

    /// <summary><c>headCpu</c>.</summary>
    public static ConfigKey HeadCpu { get; } = new("headCpu", ConfigType.String, ConfigDefault.Of(RaySettings.DefaultHead.Cpu), "2",
        "CPU of the Ray head pod (Kubernetes quantity).");

    /// <summary><c>headMemory</c>.</summary>
    public static ConfigKey HeadMemory { get; } = new("headMemory", ConfigType.String, ConfigDefault.Of(RaySettings.DefaultHead.Memory), "8Gi",
        "Memory of the Ray head pod (Kubernetes quantity).");

    /// <summary><c>workerCpu</c>.</summary>
    public static ConfigKey WorkerCpu { get; } = new("workerCpu", ConfigType.String, ConfigDefault.Of(RaySettings.DefaultWorker.Cpu), "4",
        "CPU of each Ray worker pod (Kubernetes quantity).");

    /// <summary><c>workerMemory</c>.</summary>
    public static ConfigKey WorkerMemory { get; } = new("workerMemory", ConfigType.String, ConfigDefault.Of(RaySettings.DefaultWorker.Memory), "16Gi",
        "Memory of each Ray worker pod (Kubernetes quantity).");

    /// <summary><c>workerMinReplicas</c>.</summary>
    public static ConfigKey WorkerMinReplicas { get; } = new("workerMinReplicas", ConfigType.Integer, ConfigDefault.Of(RaySettings.DefaultWorkerMinReplicas), "1",
        "Fewest Ray worker pods.")
    {
        Range = (0, 100),
    };

    /// <summary><c>workerMaxReplicas</c>.</summary>
    public static ConfigKey WorkerMaxReplicas { get; } = new("workerMaxReplicas", ConfigType.Integer, ConfigDefault.Of(RaySettings.DefaultWorkerMaxReplicas), "4",
        "Most Ray worker pods; at least workerMinReplicas.")
    {
        Range = (1, 100),
    };

    /// <summary><c>applications</c>.</summary>
    public static ConfigKey Applications { get; } = new("applications", ConfigType.Array, ConfigDefault.List("[]"), "fruit_app",
        "Ray Serve applications: objects with name, routePrefix, importPath and optional runtimeEnv {workingDir, pip, envVars}. Empty: KubeRay's sample fruit_app on /fruit.")
    {
        ItemType = ConfigType.Object,
        ItemField = "name",
    };

    /// <summary><c>serveReadyTimeoutSeconds</c>.</summary>
    public static ConfigKey ServeReadyTimeoutSeconds { get; } = new("serveReadyTimeoutSeconds", ConfigType.Integer, ConfigDefault.Of(ClusterSettings.DefaultServeReadyTimeoutSeconds), "3600",
        "Seconds pulumi up waits for the RayService to be Ready with no upgrade in progress (first deploys pull the Ray image and install runtime_env packages); a timeout fails the update and names what to look at.")
    {
        Range = (60, 21600),
    };

    /// <summary><c>endpointCheck</c>.</summary>
    public static ConfigKey EndpointCheck { get; } = new("endpointCheck", ConfigType.Boolean, ConfigDefault.Of(true), "true",
        "Whether pulumi up proves the endpoint from inside the cluster before it outputs user_service_url: Serve's route table answers with every application (public: with the default token, and 401 without it). Turn it off only where the check cannot run.");
}
