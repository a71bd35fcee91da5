namespace ServeInfra.Core.Review;

/// <summary>A risky but allowed setting, shown as a warning in every preview and update.</summary>
/// <param name="Subject">What it concerns: <c>cloud</c> or <c>cluster</c>, so it is attached to that component.</param>
/// <param name="Message">What is risky, why, and how to change it.</param>
public sealed record PreviewWarning(WarningSubject Subject, string Message);

/// <summary>The component a warning is attached to.</summary>
public enum WarningSubject
{
    /// <summary>The shared cloud (network, GKE).</summary>
    Cloud,

    /// <summary>The Ray Serve cluster and its endpoint.</summary>
    Cluster,
}
