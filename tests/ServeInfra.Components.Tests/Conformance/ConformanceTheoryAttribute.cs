namespace ServeInfra.Components.Tests.Conformance;

/// <summary>A theory that needs the conformance schemas (see <see cref="ConformanceFactAttribute"/>).</summary>
public sealed class ConformanceTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the schemas are absent.</summary>
    public ConformanceTheoryAttribute() => Skip = ConformanceFolder.SkipReason!;
}
