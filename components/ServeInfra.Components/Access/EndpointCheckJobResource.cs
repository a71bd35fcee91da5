using System.Collections.Immutable;
using Pulumi;
using ServeInfra.Core.Checks;
using Batch = Pulumi.Kubernetes.Types.Inputs.Batch.V1;
using CoreV1 = Pulumi.Kubernetes.Types.Inputs.Core.V1;
using K8s = Pulumi.Kubernetes;
using Meta = Pulumi.Kubernetes.Types.Inputs.Meta.V1;

namespace ServeInfra.Components.Access;

/// <summary>Maps <see cref="EndpointCheckJob"/> onto a Kubernetes Job that <c>pulumi up</c> waits for.</summary>
internal static class EndpointCheckJobResource
{
    /// <summary>
    /// The Job, or null when the check is off. Its revision (part of the pod's environment) makes a changed RayService,
    /// URL or token a new Job; <paramref name="tokenSecret"/> holds the token under <see cref="TokenKey"/> (public only).
    /// </summary>
    public static K8s.Batch.V1.Job? Create(
        Resource parent, EndpointContext context, Output<string> url, Resource rayService, string revision, K8s.Core.V1.Secret? tokenSecret = null)
    {
        if (!context.Settings.EndpointCheck)
        {
            return null;
        }

        var routes = context.Settings.Applications.Select(app => app.RoutePrefix).ToList();
        InputList<CoreV1.EnvVarArgs> environment = url.Apply(u => EndpointCheck.Environment(u, routes, EndpointCheckJob.CheckSeconds)
            .Append(KeyValuePair.Create("SERVEINFRA_CHECK_REVISION", revision))
            .Select(pair => new CoreV1.EnvVarArgs { Name = pair.Key, Value = pair.Value })
            .ToImmutableArray());
        if (tokenSecret is not null)
        {
            environment.Add(new CoreV1.EnvVarArgs
            {
                Name = EndpointCheck.TokenVariable,
                ValueFrom = new CoreV1.EnvVarSourceArgs
                {
                    SecretKeyRef = new CoreV1.SecretKeySelectorArgs { Name = tokenSecret.Metadata.Apply(m => m.Name), Key = TokenKey },
                },
            });
        }

        var labels = EndpointCheckJob.PodLabels(context.Settings.Name).Concat(context.Labels).DistinctBy(p => p.Key).ToDictionary();
        return new K8s.Batch.V1.Job($"{parent.GetResourceName()}-check", new K8s.Types.Inputs.Batch.V1.JobArgs
        {
            Metadata = new Meta.ObjectMetaArgs
            {
                Namespace = context.Namespace,
                Labels = context.LabelInputs(),
                Annotations = { { "pulumi.com/timeoutSeconds", EndpointCheckJob.AwaitSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) } },
            },
            Spec = new Batch.JobSpecArgs
            {
                // The program retries by itself; a failed pod is a failed check, reported by pulumi up.
                BackoffLimit = 0,
                ActiveDeadlineSeconds = EndpointCheckJob.DeadlineSeconds,
                Template = new CoreV1.PodTemplateSpecArgs
                {
                    Metadata = new Meta.ObjectMetaArgs { Labels = labels },
                    Spec = new CoreV1.PodSpecArgs
                    {
                        RestartPolicy = "Never",
                        AutomountServiceAccountToken = false,
                        SecurityContext = new CoreV1.PodSecurityContextArgs
                        {
                            RunAsNonRoot = true,
                            RunAsUser = 1000,
                            SeccompProfile = new CoreV1.SeccompProfileArgs { Type = "RuntimeDefault" },
                        },
                        Containers =
                        {
                            new CoreV1.ContainerArgs
                            {
                                Name = "check",
                                // Ray's image: Python is in it, and the nodes that run Ray already hold it.
                                Image = context.Settings.Ray.Image,
                                Command = EndpointCheckJob.Command.ToList(),
                                Env = environment,
                                Resources = new CoreV1.ResourceRequirementsArgs
                                {
                                    Requests = { { "cpu", "100m" }, { "memory", "128Mi" } },
                                    Limits = { { "cpu", "500m" }, { "memory", "256Mi" } },
                                },
                                SecurityContext = new CoreV1.SecurityContextArgs
                                {
                                    AllowPrivilegeEscalation = false,
                                    ReadOnlyRootFilesystem = true,
                                    Capabilities = new CoreV1.CapabilitiesArgs { Drop = { "ALL" } },
                                },
                            },
                        },
                    },
                },
            },
        }, new CustomResourceOptions { Parent = parent, Provider = context.Platform.Provider, DependsOn = { rayService } });
    }

    /// <summary>The URL, known only once the check (when there is one) has passed: the Job is awaited until it completes.</summary>
    public static Output<string> AfterCheck(Output<string> url, K8s.Batch.V1.Job? check) =>
        check is null ? url : Output.Tuple(url, check.Metadata.Apply(m => m.Name)).Apply(parts => parts.Item1);

    /// <summary>The key of the check's token in its Secret.</summary>
    public const string TokenKey = "token";
}
