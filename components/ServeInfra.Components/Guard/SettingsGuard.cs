using Pulumi;

namespace ServeInfra.Components.Guard;

/// <summary>
/// Stops a component before it registers anything when its settings break a rule: settings built in code get the
/// same checks as stack config (<c>Validate()</c> of the settings records), and a bad value fails the run at once
/// instead of in a provider call halfway through an update.
/// </summary>
internal static class SettingsGuard
{
    /// <summary>
    /// Returns <paramref name="name"/> when <paramref name="problems"/> is empty, for use in the component's <c>base(...)</c>
    /// call, so that not even the component itself is registered otherwise. Throws a <see cref="RunException"/> listing
    /// every problem: Pulumi ends the run with its message alone, without a stack trace
    /// (pulumi/pulumi-dotnet <c>sdk/Pulumi/Exceptions/RunException.cs</c>).
    /// </summary>
    public static string Checked(string component, string name, IEnumerable<object> problems)
    {
        var lines = problems.Select(problem => problem.ToString()).ToList();
        if (lines.Count == 0)
        {
            return name;
        }

        throw new RunException(
            $"{component} '{name}' has {lines.Count} invalid setting{(lines.Count == 1 ? "" : "s")}; none of its resources were registered:"
            + Environment.NewLine + string.Join(Environment.NewLine, lines.Select(line => "  - " + line)));
    }
}
