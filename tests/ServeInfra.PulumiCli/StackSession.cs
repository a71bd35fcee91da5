namespace ServeInfra.PulumiCli;

/// <summary>
/// A stack of this repository as a user runs it: the committed <c>Pulumi.yaml</c> and <c>Pulumi.&lt;stack&gt;.yaml</c>,
/// changed with <c>pulumi config set</c>, then handed to the program as <c>pulumi up</c> would.
/// </summary>
public sealed class StackSession
{
    private StackSession(PulumiProject project, string name, StackConfig config)
    {
        Project = project;
        Name = name;
        Config = config;
    }

    /// <summary>The loaded project.</summary>
    public PulumiProject Project { get; }

    /// <summary>The stack's name.</summary>
    public string Name { get; }

    /// <summary>The stack's config, to change with <c>Set</c>, <c>SetPath</c>, <c>SetSecret</c>.</summary>
    public StackConfig Config { get; }

    /// <summary>
    /// Loads the committed project and stack file (a stack without a file starts empty, as <c>LoadProjectStack</c>
    /// has it).
    /// </summary>
    public static StackSession FromRepository(string stackName) => FromProject(".", stackName);

    /// <summary>
    /// The same for a Pulumi project in a folder of the repository (an example's <c>Pulumi.yaml</c> and its stack files),
    /// as <c>pulumi</c> run in that folder loads it.
    /// </summary>
    public static StackSession FromProject(string projectFolder, string stackName)
    {
        var folder = Path.GetFullPath(Path.Combine(RepositoryFiles.Root, projectFolder));
        var project = PulumiProject.Load(File.ReadAllText(Path.Combine(folder, "Pulumi.yaml")));
        var stackFile = Path.Combine(folder, $"Pulumi.{stackName}.yaml");
        return new StackSession(project, stackName, StackConfig.Load(project, File.Exists(stackFile) ? File.ReadAllText(stackFile) : null));
    }

    /// <summary><c>pulumi config set KEY VALUE</c>.</summary>
    public StackSession Set(string key, string value)
    {
        Config.Set(key, value);
        return this;
    }

    /// <summary><c>pulumi config set --path KEY VALUE</c>.</summary>
    public StackSession SetPath(string key, string value)
    {
        Config.SetPath(key, value);
        return this;
    }

    /// <summary>The key written into the stack file by hand (a list or map in YAML or JSON).</summary>
    public StackSession SetYaml(string key, string yaml)
    {
        Config.SetYaml(key, yaml);
        return this;
    }

    /// <summary>What the program receives on <c>pulumi up</c>, or the CLI's refusal.</summary>
    public ProgramConfig Up() => ConfigMerge.Run(Project, Name, Config);
}
