using System.Text.RegularExpressions;

namespace ServeInfra.Core.Naming;

/// <summary>
/// Name rules of GCP and Kubernetes, and the length budgets ServeInfra's derived names need.
/// </summary>
public static partial class NameRules
{
    /// <summary>
    /// Longest cloud name: it prefixes the node service account id (<c>&lt;name&gt;-nodes</c>, at most 30 characters)
    /// and autonamed GCP resources (Pulumi adds 8 characters; GKE cluster names stop at 40).
    /// </summary>
    public const int MaxCloudNameLength = 20;

    /// <summary>
    /// Longest cluster name: the namespace is <c>ray-&lt;name&gt;</c> and the RayService is <c>&lt;name&gt;</c>; KubeRay
    /// derives names from the RayService's (keep it at most 53 characters), adding up to 23 of its own.
    /// </summary>
    public const int MaxClusterNameLength = 30;

    /// <summary>Longest token name: it is part of resource names and of the audit log's label.</summary>
    public const int MaxTokenNameLength = 30;

    /// <summary>
    /// True for a lower-case RFC 1123 label that starts with a letter: what GCP resource names and Kubernetes
    /// namespaces both accept.
    /// </summary>
    public static bool IsDnsLabel(string? name, int maxLength) =>
        name is not null && name.Length <= maxLength && DnsLabel().IsMatch(name);

    /// <summary>True for a DNS name a Google-managed certificate can be issued for: no wildcard, lower-case, two labels or more.</summary>
    public static bool IsCertificateDomain(string? name) =>
        name is not null && name.Length <= MaxCertificateDomainLength && Domain().IsMatch(name);

    /// <summary>
    /// The longest name a Google-managed certificate covers: the ManagedCertificate CRD limits each of
    /// <c>spec.domains</c> to 63 characters (GoogleCloudPlatform/gke-managed-certs <c>deploy/managedcertificates-crd.yaml</c>).
    /// </summary>
    public const int MaxCertificateDomainLength = 63;

    /// <summary>The node service account's id for a cloud.</summary>
    public static string NodeServiceAccountId(string cloudName) => $"{cloudName}-nodes";

    /// <summary>The default cloud name for a stack: <c>serve-&lt;stack&gt;</c>, squeezed into a valid label.</summary>
    public static string DefaultCloudName(string stackName)
    {
        ArgumentNullException.ThrowIfNull(stackName);
        var cleaned = NotLabelChars().Replace(stackName.ToLowerInvariant(), "-").Trim('-');
        var name = $"serve-{cleaned}".TrimEnd('-');
        return name.Length <= MaxCloudNameLength ? name : name[..MaxCloudNameLength].TrimEnd('-');
    }

    [GeneratedRegex("^[a-z]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex DnsLabel();

    [GeneratedRegex("^([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?\\.)+[a-z]([-a-z0-9]{0,61}[a-z0-9])?$")]
    private static partial Regex Domain();

    [GeneratedRegex("[^a-z0-9-]+")]
    private static partial Regex NotLabelChars();
}
