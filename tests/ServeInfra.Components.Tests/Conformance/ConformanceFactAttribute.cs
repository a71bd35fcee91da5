namespace ServeInfra.Components.Tests.Conformance;

/// <summary>A fact that needs the conformance schemas: skipped, with the reason, where they are absent (never under CI=true).</summary>
public sealed class ConformanceFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the schemas are absent.</summary>
    public ConformanceFactAttribute() => Skip = ConformanceFolder.SkipReason!;
}
