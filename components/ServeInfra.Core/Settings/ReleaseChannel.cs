namespace ServeInfra.Core.Settings;

/// <summary>A GKE release channel.</summary>
public enum ReleaseChannel
{
    /// <summary>Newest versions first; for testing.</summary>
    Rapid,

    /// <summary>The default balance of new features and stability.</summary>
    Regular,

    /// <summary>Versions that have spent longest in the other channels.</summary>
    Stable,

    /// <summary>Regular versions with a longer support period.</summary>
    Extended,
}
