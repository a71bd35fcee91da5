namespace ServeInfra.Core.Access;

/// <summary>
/// Where the access mode is written on each access-dependent resource, and the property path Pulumi watches to
/// replace it. A reviewer reading an access change's preview sees this value change on every replaced resource.
/// </summary>
public static class AccessStamp
{
    /// <summary>The Kubernetes label that carries the access mode.</summary>
    public const string Label = "serveinfra.dev/access";

    /// <summary>The Kubernetes label that names the ServeInfra cluster an object belongs to.</summary>
    public const string ClusterLabel = "serveinfra.dev/cluster";

    /// <summary>The <c>ReplaceOnChanges</c> path of <see cref="Label"/> on Kubernetes objects (dotted keys need brackets).</summary>
    public const string KubernetesReplacePath = "metadata.labels[\"" + Label + "\"]";

    /// <summary>The GCP label key that carries the access mode (GCP label keys allow no dots or slashes).</summary>
    public const string GcpLabel = "serveinfra-access";

    /// <summary>The labels every object of a cluster carries: who manages it, which cluster, which access mode.</summary>
    public static IReadOnlyDictionary<string, string> Labels(string cluster, ClusterAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["app.kubernetes.io/managed-by"] = "pulumi",
            ["app.kubernetes.io/part-of"] = "serveinfra",
            [ClusterLabel] = cluster,
            [Label] = access.Stamp,
        };
    }
}
