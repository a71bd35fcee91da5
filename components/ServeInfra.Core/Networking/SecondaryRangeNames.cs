using ServeInfra.Core.Naming;

namespace ServeInfra.Core.Networking;

/// <summary>
/// The names of the two secondary ranges of a GKE cluster's subnet that the cluster's IP allocation policy refers to:
/// pod addresses come from one, ClusterIP Services from the other. GKE takes them by name, never by range.
/// </summary>
/// <param name="Pods">The secondary range pods get their addresses from (<c>ipAllocationPolicy.clusterSecondaryRangeName</c>).</param>
/// <param name="Services">The secondary range of ClusterIP Services (<c>ipAllocationPolicy.servicesSecondaryRangeName</c>).</param>
public sealed record SecondaryRangeNames(string Pods, string Services)
{
    /// <summary>
    /// The longest name GCP accepts: a secondary range name "must be 1-63 characters long, and comply with RFC1035"
    /// (Compute API, <c>SubnetworkSecondaryRange.rangeName</c>).
    /// </summary>
    public const int MaxLength = 63;

    /// <summary>
    /// The names a ServeCloud gives the ranges of the subnet it creates itself. They are part of that subnet and of the GKE
    /// cluster, so they never change: a rename would replace both.
    /// </summary>
    public static SecondaryRangeNames Own { get; } = new("pods", "services");

    /// <summary>
    /// Every problem with the names, one message each naming the field, the bad value and what is allowed; empty when
    /// GCP would accept them. Range names are not secret, so values are quoted.
    /// </summary>
    public IReadOnlyList<string> Validate()
    {
        const string allowed = "use 1-63 characters of a-z, 0-9 and -, starting with a letter and not ending with - "
            + "(GCP's rule for secondary range names, RFC 1035), exactly as the subnet names the range";
        var errors = new List<string>();
        foreach (var (field, name) in new[] { (nameof(Pods), Pods), (nameof(Services), Services) })
        {
            if (!NameRules.IsDnsLabel(name, MaxLength))
            {
                errors.Add($"SecondaryRangeNames.{field}: '{name}' is not allowed; {allowed}.");
            }
        }

        // A VPC-native cluster takes pod and Service addresses from two separate ranges; one range cannot be both.
        if (Pods is not null && Pods == Services)
        {
            errors.Add($"SecondaryRangeNames.Services: '{Services}' is also the pods range; use the subnet's other secondary range.");
        }

        return errors;
    }
}
