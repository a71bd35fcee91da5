using System.Text.RegularExpressions;
using ServeInfra.Repository.Tests.Support;

namespace ServeInfra.Repository.Tests.Workflows;

public partial class ActionPinningTests
{
    public static TheoryData<string> Files => Workflow.Files();

    [Theory]
    [InlineData("actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1", true)]
    [InlineData("actions/checkout@v7", false)]
    [InlineData("actions/checkout@v7.0.1", false)]
    [InlineData("actions/checkout@main", false)]
    [InlineData("actions/checkout@3d3c42e5", false)]
    [InlineData("actions/checkout@3D3C42E5AAC5BA805825DA76410C181273BA90B1", false)]
    [InlineData("actions/checkout", false)]
    [InlineData("octo/repo/.github/workflows/build.yml@3d3c42e5aac5ba805825da76410c181273ba90b1", true)]
    [InlineData("./.github/actions/setup", true)]
    [InlineData("docker://alpine:3.20", false)]
    [InlineData("docker://alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", true)]
    public void A_reference_is_immutable_only_at_a_full_commit_sha_a_digest_or_a_local_path(string uses, bool immutable)
    {
        Assert.Equal(immutable, ActionReference.Parse(uses).IsImmutable);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_action_is_pinned_to_a_full_commit_sha(string path)
    {
        var workflow = Workflow.Load(path);
        var references = workflow.Jobs
            .SelectMany(j => j.Steps.Select(s => s.Node.Scalar("uses")).Append(j.Node.Scalar("uses")))
            .OfType<string>()
            .ToList();

        Assert.NotEmpty(references);
        Assert.All(references, uses => Assert.True(
            ActionReference.Parse(uses).IsImmutable,
            $"{path}: '{uses}' can move; pin it to the tag's full commit SHA and put the tag in a trailing comment"));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_pinned_action_names_its_version_in_a_trailing_comment(string path)
    {
        var lines = Workflow.Load(path).Text.Split('\n').Where(l => UsesLine().IsMatch(l)).ToList();

        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            var match = UsesLine().Match(line);
            if (ActionReference.Parse(match.Groups["uses"].Value).Kind == ActionKind.Local)
            {
                continue;
            }

            Assert.True(
                VersionComment().IsMatch(match.Groups["comment"].Value),
                $"{path}: '{line.Trim()}' needs a trailing '# vX.Y.Z' naming the pinned tag");
        }
    }

    [Fact]
    public void An_action_is_pinned_to_the_same_commit_in_every_workflow()
    {
        var pins = Workflow.All()
            .SelectMany(w => w.Jobs.SelectMany(j => j.Steps))
            .Select(s => s.Action)
            .OfType<ActionReference>()
            .Where(a => a.Kind == ActionKind.Repository)
            .GroupBy(a => a.Name, StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(pins);
        Assert.All(pins, group => Assert.Single(group.Select(a => a.Ref).Distinct(StringComparer.Ordinal)));
    }

    [GeneratedRegex(@"^\s*(-\s+)?uses:\s*['""]?(?<uses>[^\s'""#]+)['""]?\s*(?<comment>#.*)?$")]
    private static partial Regex UsesLine();

    [GeneratedRegex(@"^#\s*v\d+(\.\d+){0,2}(\s|$)")]
    private static partial Regex VersionComment();
}
