using System.Text.RegularExpressions;

namespace ServeInfra.Repository.Tests.Workflows;

/// <summary>The target of a <c>uses:</c>: a repository action or reusable workflow, a local path, or a Docker image.</summary>
internal sealed partial record ActionReference(string Name, string? Ref, ActionKind Kind)
{
    /// <summary>
    /// Whether the reference cannot move: a local path (it is the checked-out commit itself), a repository
    /// action at a full 40-hex commit SHA, or a Docker image at a sha256 digest. Tags and branches can be moved.
    /// </summary>
    public bool IsImmutable => Kind switch
    {
        ActionKind.Local => true,
        ActionKind.Repository => Ref is not null && CommitSha().IsMatch(Ref),
        ActionKind.Docker => Ref is not null && ImageDigest().IsMatch(Ref),
        _ => false,
    };

    /// <summary>Parses the value of a <c>uses:</c> key.</summary>
    public static ActionReference Parse(string uses)
    {
        if (uses.StartsWith("./", StringComparison.Ordinal))
        {
            return new(uses, null, ActionKind.Local);
        }

        if (uses.StartsWith("docker://", StringComparison.Ordinal))
        {
            var at = uses.IndexOf('@', StringComparison.Ordinal);
            return at < 0 ? new(uses, null, ActionKind.Docker) : new(uses[..at], uses[(at + 1)..], ActionKind.Docker);
        }

        var separator = uses.LastIndexOf('@');
        return separator < 0
            ? new(uses, null, ActionKind.Repository)
            : new(uses[..separator], uses[(separator + 1)..], ActionKind.Repository);
    }

    [GeneratedRegex("^[0-9a-f]{40}$")]
    private static partial Regex CommitSha();

    [GeneratedRegex("^sha256:[0-9a-f]{64}$")]
    private static partial Regex ImageDigest();
}
