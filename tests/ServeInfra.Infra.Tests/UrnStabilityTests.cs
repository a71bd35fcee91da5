namespace ServeInfra.Infra.Tests;

/// <summary>
/// The URNs the committed stacks register, kept in <c>Urns/&lt;stack&gt;-&lt;access&gt;.txt</c>. A refactor that renames a
/// type token or a child, or moves a child under another parent, changes a URN, and the engine would then delete the
/// live resource and create a new one: this fails first. A deliberate change rewrites the file
/// (<c>SERVEINFRA_WRITE_URNS=1 dotnet test --filter UrnStability</c>) and shows in review; a renamed resource needs
/// <c>Aliases</c> instead.
/// </summary>
public class UrnStabilityTests
{
    [Theory]
    [InlineData("dev", "private")]
    [InlineData("dev", "public")]
    [InlineData("prod", "public")]
    [InlineData("prod", "private")]
    public async Task The_committed_stacks_register_the_urns_on_record(string stack, string access)
    {
        var urns = (await ProgramRun.Urns(stack, false, ("access", access))).Select(r => r.Urn).Order(StringComparer.Ordinal).ToList();
        var file = Path.Combine(PulumiCli.RepositoryFiles.Root, "tests", "ServeInfra.Infra.Tests", "Urns", $"{stack}-{access}.txt");
        if (Environment.GetEnvironmentVariable("SERVEINFRA_WRITE_URNS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await File.WriteAllLinesAsync(file, urns);
        }

        var recorded = await File.ReadAllLinesAsync(file);
        Assert.Equal(recorded, urns);
    }
}
