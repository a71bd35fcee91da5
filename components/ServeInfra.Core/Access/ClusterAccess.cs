namespace ServeInfra.Core.Access;

/// <summary>
/// How one Ray Serve cluster is reached: exactly one of <see cref="PrivateAccess"/> or <see cref="PublicAccess"/>.
/// A closed choice, so that code that builds endpoints handles every mode and nothing carries the other
/// mode's fields. Changing it replaces the Ray cluster and its endpoint (never the GKE cluster).
/// </summary>
public abstract record ClusterAccess
{
    private protected ClusterAccess()
    {
    }

    /// <summary>Every mode's <see cref="Stamp"/>, as stack config accepts them.</summary>
    public static IReadOnlyList<string> Stamps { get; } = [PrivateAccess.Name, PublicAccess.Name];

    /// <summary>
    /// The mode as it is written in stack config and stamped on every access-dependent resource
    /// (<c>private</c> or <c>public</c>), the value whose change replaces them.
    /// </summary>
    public abstract string Stamp { get; }

    /// <summary>
    /// Every problem with the mode's settings, one each naming the setting, its config key, the bad value and what is
    /// allowed; empty when the endpoint can be built.
    /// </summary>
    public abstract IReadOnlyList<Settings.SettingsProblem> Validate();
}
