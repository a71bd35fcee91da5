using YamlDotNet.RepresentationModel;

namespace ServeInfra.Repository.Tests.Support;

/// <summary>Loads a repository file that must hold exactly one YAML document whose root is a mapping.</summary>
internal static class YamlFile
{
    /// <summary>The root mapping of the file at <paramref name="relativePath"/> (relative to the repository root).</summary>
    public static YamlMappingNode LoadMapping(string relativePath)
    {
        var stream = new YamlStream();
        using (var reader = File.OpenText(RepositoryRoot.Resolve(relativePath)))
        {
            stream.Load(reader);
        }

        var document = Assert.Single(stream.Documents);
        return Assert.IsType<YamlMappingNode>(document.RootNode);
    }
}
