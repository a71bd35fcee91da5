namespace ServeInfra.Repository.Tests.Workflows;

/// <summary>The workflows the CI deployment design relies on, relative to the repository root.</summary>
internal static class WorkflowNames
{
    /// <summary>Build, test and preview every stack on a pull request.</summary>
    public const string PullRequest = ".github/workflows/pull-request.yml";

    /// <summary>Build, test and deploy on a push to main.</summary>
    public const string Deploy = ".github/workflows/deploy.yml";

    /// <summary>The stacks CI previews and deploys, in deployment order.</summary>
    public static readonly IReadOnlyList<string> Stacks = ["dev", "prod"];
}
