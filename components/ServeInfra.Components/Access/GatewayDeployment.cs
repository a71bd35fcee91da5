using ServeInfra.Core.Access;
using ServeInfra.Core.Gateway;
using Apps = Pulumi.Kubernetes.Types.Inputs.Apps.V1;
using CoreV1 = Pulumi.Kubernetes.Types.Inputs.Core.V1;
using K8s = Pulumi.Kubernetes;
using Meta = Pulumi.Kubernetes.Types.Inputs.Meta.V1;

namespace ServeInfra.Components.Access;

/// <summary>The token gateway's Deployment spec: hardened, rolling without dropping requests.</summary>
internal static class GatewayDeployment
{
    private const int NginxUser = 101;

    public static Apps.DeploymentSpecArgs Spec(
        EndpointContext context, PublicAccess access, GatewaySettings gateway, K8s.Core.V1.ConfigMap config, K8s.Core.V1.Secret tokens, Dictionary<string, string> podLabels)
    {
        var probe = new CoreV1.ProbeArgs
        {
            HttpGet = new CoreV1.HTTPGetActionArgs { Path = gateway.HealthPath, Port = "http" },
            PeriodSeconds = 5,
            FailureThreshold = 3,
        };
        return new Apps.DeploymentSpecArgs
        {
            Replicas = access.GatewayReplicas,
            Selector = new Meta.LabelSelectorArgs { MatchLabels = podLabels },
            // A new pod is ready before an old one stops: a token rotation never lowers capacity.
            Strategy = new Apps.DeploymentStrategyArgs
            {
                Type = "RollingUpdate",
                RollingUpdate = new Apps.RollingUpdateDeploymentArgs { MaxUnavailable = 0, MaxSurge = 1 },
            },
            Template = new CoreV1.PodTemplateSpecArgs
            {
                Metadata = new Meta.ObjectMetaArgs { Labels = podLabels.Concat(context.Labels).DistinctBy(p => p.Key).ToDictionary() },
                Spec = new CoreV1.PodSpecArgs
                {
                    AutomountServiceAccountToken = false,
                    // Longer than the longest request: nginx's graceful stop (SIGQUIT, the image's stop signal) lets in-flight requests finish.
                    TerminationGracePeriodSeconds = access.BackendTimeoutSeconds + 30,
                    SecurityContext = new CoreV1.PodSecurityContextArgs
                    {
                        RunAsNonRoot = true,
                        RunAsUser = NginxUser,
                        RunAsGroup = NginxUser,
                        FsGroup = NginxUser,
                        SeccompProfile = new CoreV1.SeccompProfileArgs { Type = "RuntimeDefault" },
                    },
                    Containers =
                    {
                        new CoreV1.ContainerArgs
                        {
                            Name = "gateway",
                            Image = PublicGatewayPlan.Image,
                            Command = { "nginx" },
                            Args = GatewayContract.NginxArguments(PublicGatewayPlan.ConfigPath).ToList(),
                            Ports = { new CoreV1.ContainerPortArgs { Name = "http", ContainerPortValue = gateway.ListenPort } },
                            ReadinessProbe = probe,
                            LivenessProbe = probe,
                            // The load balancer keeps sending for a few seconds after the pod is marked for deletion.
                            Lifecycle = new CoreV1.LifecycleArgs { PreStop = new CoreV1.LifecycleHandlerArgs { Sleep = new CoreV1.SleepActionArgs { Seconds = 10 } } },
                            Resources = new CoreV1.ResourceRequirementsArgs
                            {
                                Requests = { { "cpu", "100m" }, { "memory", "64Mi" } },
                                Limits = { { "memory", "256Mi" } },
                            },
                            SecurityContext = new CoreV1.SecurityContextArgs
                            {
                                ReadOnlyRootFilesystem = true,
                                AllowPrivilegeEscalation = false,
                                Capabilities = new CoreV1.CapabilitiesArgs { Drop = { "ALL" } },
                            },
                            VolumeMounts =
                            {
                                new CoreV1.VolumeMountArgs { Name = "config", MountPath = PublicGatewayPlan.ConfigDirectory, ReadOnly = true },
                                new CoreV1.VolumeMountArgs { Name = "tokens", MountPath = PublicGatewayPlan.TokensDirectory, ReadOnly = true },
                                new CoreV1.VolumeMountArgs { Name = "tmp", MountPath = "/tmp" },
                            },
                        },
                    },
                    Volumes =
                    {
                        new CoreV1.VolumeArgs { Name = "config", ConfigMap = new CoreV1.ConfigMapVolumeSourceArgs { Name = config.Metadata.Apply(m => m.Name) } },
                        // Readable by the nginx group only.
                        new CoreV1.VolumeArgs { Name = "tokens", Secret = new CoreV1.SecretVolumeSourceArgs { SecretName = tokens.Metadata.Apply(m => m.Name), DefaultMode = 0b100_100_000 } },
                        new CoreV1.VolumeArgs { Name = "tmp", EmptyDir = new CoreV1.EmptyDirVolumeSourceArgs { Medium = "Memory", SizeLimit = "64Mi" } },
                    },
                },
            },
        };
    }
}
