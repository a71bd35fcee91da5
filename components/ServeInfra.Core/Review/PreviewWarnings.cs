using ServeInfra.Core.Access;
using ServeInfra.Core.Configuration;
using ServeInfra.Core.Networking;
using ServeInfra.Core.Settings;

namespace ServeInfra.Core.Review;

/// <summary>Finds the settings a reviewer should stop at. Pure: settings and stack name in, warnings out.</summary>
public static class PreviewWarnings
{
    private static readonly string[] NonProductionStacks = ["dev", "test", "sandbox"];
    private static readonly string[] NonProductionPrefixes = ["dev-", "test-", "pr-", "sandbox-"];

    /// <summary>True for stack names that are for trials (dev, test, sandbox, dev-*, test-*, pr-*, sandbox-*).</summary>
    public static bool IsNonProduction(string stackName) =>
        NonProductionStacks.Contains(stackName, StringComparer.Ordinal)
        || NonProductionPrefixes.Any(prefix => stackName.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>The cloud's warnings (control plane, deletion protection).</summary>
    public static IReadOnlyList<PreviewWarning> ForCloud(CloudSettings cloud, string stackName)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        var warnings = new List<PreviewWarning>();
        if (cloud.AuthorizedNetworks.Any(range => range.PrefixLength == 0))
        {
            warnings.Add(new(WarningSubject.Cloud,
                $"The GKE control plane accepts connections from anywhere ({ConfigKeys.AuthorizedNetworks.FullName} contains 0.0.0.0/0). " +
                $"Limit it to your workstations and CI runners: {ConfigKeys.AuthorizedNetworks.FixCommand}"));
        }

        if (!cloud.DeletionProtection && !IsNonProduction(stackName))
        {
            warnings.Add(new(WarningSubject.Cloud,
                $"Deletion protection is off on stack '{stackName}', which is not a dev/test stack: a destroy or a replacement deletes the GKE cluster and everything on it. " +
                $"Turn it on: pulumi config set {ConfigKeys.DeletionProtection.FullName} true"));
        }

        return warnings;
    }

    /// <summary>The cluster's warnings (trial domain, wide private ranges, keys the access mode ignores).</summary>
    public static IReadOnlyList<PreviewWarning> ForCluster(ClusterSettings cluster, NetworkSettings network, IReadOnlyList<string> ignoredKeys)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(ignoredKeys);
        var warnings = new List<PreviewWarning>();
        switch (cluster.Access)
        {
            case PublicAccess { Domain: null }:
                warnings.Add(new(WarningSubject.Cluster,
                    $"Public cluster '{cluster.Name}' has no domain: it is served as <ip>.sslip.io, which is for trials only (a third-party DNS service decides where that name points). " +
                    $"Set a domain you own: {ConfigKeys.Domain.FixCommand}"));
                break;
            case PrivateAccess { ExtraSourceRanges: var extra } access:
                if (access.GlobalAccess && extra.Count == 0)
                {
                    // loadBalancerSourceRanges bounds the load balancer with global access too (GKE "LoadBalancer Service parameters").
                    warnings.Add(new(WarningSubject.Cluster,
                        $"Private cluster '{cluster.Name}' has global access on ({ConfigKeys.PrivateGlobalAccess.FullName}) but admits only this region's subnet and pod ranges " +
                        $"({string.Join(", ", network.ClientRanges)}): clients in other regions are still dropped. List their ranges: {ConfigKeys.PrivateSourceRanges.FixCommand}"));
                }

                foreach (var range in extra.Where(range => IsWiderThanVpc(range, network)))
                {
                    warnings.Add(new(WarningSubject.Cluster,
                        $"Private cluster '{cluster.Name}' admits {range} ({ConfigKeys.PrivateSourceRanges.FullName}), which is wider than the VPC's own ranges " +
                        $"({string.Join(", ", network.ClientRanges)}): every network routed to the VPC in that range can call Serve. List only the peered ranges."));
                }

                break;
        }

        foreach (var key in ignoredKeys)
        {
            warnings.Add(new(WarningSubject.Cluster,
                $"{key} is set but has no effect on a {cluster.Access.Stamp} cluster. Remove it: pulumi config rm {key}"));
        }

        return warnings;
    }

    private static bool IsWiderThanVpc(Ipv4Cidr range, NetworkSettings network) =>
        !range.IsPrivate || network.ClientRanges.Any(vpc => range.Contains(vpc) && range != vpc);
}
