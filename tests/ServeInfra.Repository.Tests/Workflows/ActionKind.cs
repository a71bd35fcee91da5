namespace ServeInfra.Repository.Tests.Workflows;

/// <summary>What a <c>uses:</c> points at.</summary>
internal enum ActionKind
{
    /// <summary>An action or reusable workflow in a GitHub repository: <c>owner/repo[/path]@ref</c>.</summary>
    Repository,

    /// <summary>An action or reusable workflow in this repository: <c>./path</c>.</summary>
    Local,

    /// <summary>A container image: <c>docker://image[@digest]</c>.</summary>
    Docker,
}
