using System.Globalization;
using ServeInfra.Core.Naming;

namespace ServeInfra.Core.Access;

public static partial class PublicGatewayPlan
{
    /// <summary>The port of the gateway's Service (the Ingress's backend).</summary>
    public const int ServicePort = 80;

    /// <summary>The gateway's address inside the cluster: what the endpoint check calls.</summary>
    public static string InClusterUrl(ClusterNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return string.Create(CultureInfo.InvariantCulture, $"http://{names.Gateway}.{names.Namespace}.svc.cluster.local:{ServicePort}");
    }

    /// <summary>
    /// The ManagedCertificate's annotations. With a timeout, <c>pulumi up</c> waits until GKE reports the certificate
    /// Active (<c>status.certificateStatus</c> in the ManagedCertificate CRD; pulumi-kubernetes v4.32.0 waits on a
    /// <c>jsonpath=</c> expression); without one it does not wait, since a first deploy cannot have DNS pointing at an
    /// address that does not exist yet.
    /// </summary>
    public static IReadOnlyDictionary<string, string> CertificateAnnotations(PublicAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return access.CertificateTimeoutSeconds == 0
            ? new Dictionary<string, string>()
            : new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["pulumi.com/timeoutSeconds"] = access.CertificateTimeoutSeconds.ToString(CultureInfo.InvariantCulture),
                ["pulumi.com/waitFor"] = "jsonpath={.status.certificateStatus}=Active",
            };
    }

    /// <summary>What the certificate needs, and how to see why it is not Active.</summary>
    public static string CertificateHint(PublicAccess access, ClusterNames names, string host, string ip)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(names);
        var dns = access.Domain is null
            ? $"{host} is a sslip.io name (trials only): it resolves to {ip} by itself, but the certificate authority's weekly limit for sslip.io can leave it unissued for days (cunnie/sslip.io#110); set serveinfra:domain to a name you own."
            : $"Point {host} at {ip} (an A record) and allow Google's CAs in any CAA record (pki.goog, letsencrypt.org).";
        var wait = access.CertificateTimeoutSeconds == 0
            ? "pulumi up does not wait for it (serveinfra:certificateTimeoutSeconds is 0); HTTPS works once it is Active."
            : $"pulumi up waits up to {access.CertificateTimeoutSeconds} s for it to be Active.";
        return $"The Google-managed certificate for {host} is issued only after DNS resolves to the static IP, then within about 60 minutes. {dns} {wait} " +
            $"Status: kubectl -n {names.Namespace} describe managedcertificate {names.Ingress} (FAILED_NOT_VISIBLE: DNS does not point at {ip} yet; FAILED_CAA_FORBIDDEN: a CAA record excludes Google; FAILED_RATE_LIMITED: the CA's limit, try another name or wait).";
    }
}
