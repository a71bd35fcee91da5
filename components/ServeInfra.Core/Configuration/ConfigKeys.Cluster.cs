namespace ServeInfra.Core.Configuration;

public static partial class ConfigKeys
{
    /// <summary><c>clusterName</c>.</summary>
    public static ConfigKey ClusterName { get; } = new("clusterName", ConfigType.String, "serve", "serve",
        "Name of the Ray Serve cluster: its namespace, RayService and resource prefix. Changing it replaces the cluster.");

    /// <summary><c>access</c>.</summary>
    public static ConfigKey Access { get; } = new("access", ConfigType.String, "private", "private",
        "How the cluster is reached: private (VPC-internal, no token) or public (HTTPS, token required). Changing it recreates the Ray cluster and its endpoint (not the GKE cluster): the URL changes and in-flight requests fail.");

    /// <summary><c>rayVersion</c>.</summary>
    public static ConfigKey RayVersion { get; } = new("rayVersion", ConfigType.String, "2.52.0", "2.52.0",
        "Ray version (2.52.0 or newer); KubeRay's rayVersion and the image tag follow it.");

    /// <summary><c>rayImage</c>.</summary>
    public static ConfigKey RayImage { get; } = new("rayImage", ConfigType.String, null, "rayproject/ray:2.52.0-py311",
        "Ray container image, pinned by a tag that starts with rayVersion or by digest. Default: rayproject/ray:<rayVersion>.");

    /// <summary><c>headCpu</c>.</summary>
    public static ConfigKey HeadCpu { get; } = new("headCpu", ConfigType.String, "2", "2",
        "CPU of the Ray head pod (Kubernetes quantity).");

    /// <summary><c>headMemory</c>.</summary>
    public static ConfigKey HeadMemory { get; } = new("headMemory", ConfigType.String, "8Gi", "8Gi",
        "Memory of the Ray head pod (Kubernetes quantity).");

    /// <summary><c>workerCpu</c>.</summary>
    public static ConfigKey WorkerCpu { get; } = new("workerCpu", ConfigType.String, "4", "4",
        "CPU of each Ray worker pod (Kubernetes quantity).");

    /// <summary><c>workerMemory</c>.</summary>
    public static ConfigKey WorkerMemory { get; } = new("workerMemory", ConfigType.String, "16Gi", "16Gi",
        "Memory of each Ray worker pod (Kubernetes quantity).");

    /// <summary><c>workerMinReplicas</c>.</summary>
    public static ConfigKey WorkerMinReplicas { get; } = new("workerMinReplicas", ConfigType.Integer, "1", "1",
        "Fewest Ray worker pods (0 to 100).");

    /// <summary><c>workerMaxReplicas</c>.</summary>
    public static ConfigKey WorkerMaxReplicas { get; } = new("workerMaxReplicas", ConfigType.Integer, "4", "4",
        "Most Ray worker pods (1 to 100, at least workerMinReplicas).");

    /// <summary><c>applications</c>.</summary>
    public static ConfigKey Applications { get; } = new("applications", ConfigType.Array, "[]", "fruit_app",
        "Ray Serve applications: objects with name, routePrefix, importPath and optional runtimeEnv {workingDir, pip, envVars}. Empty: KubeRay's sample fruit_app on /fruit.",
        ItemField: "name");
}
