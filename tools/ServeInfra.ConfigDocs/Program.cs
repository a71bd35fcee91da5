using ServeInfra.Core.Configuration;

// Regenerates Pulumi.yaml and the README's config table from ConfigKeys. With --check it only reports what
// is stale and exits 1 (CI and the repository tests make the same comparison).
var check = args.Contains("--check");
var root = FindRoot(Directory.GetCurrentDirectory());
var files = new (string Path, Func<string, string> Render)[]
{
    (Path.Combine(root, "Pulumi.yaml"), _ => ConfigDocs.PulumiYaml()),
    (Path.Combine(root, "README.md"), ConfigDocs.WithTable),
};

var stale = 0;
foreach (var (path, render) in files)
{
    var current = File.ReadAllText(path);
    var wanted = render(current);
    if (current == wanted)
    {
        continue;
    }

    stale++;
    if (check)
    {
        Console.Error.WriteLine($"{Path.GetFileName(path)} is stale: run `dotnet run --project tools/ServeInfra.ConfigDocs`.");
    }
    else
    {
        File.WriteAllText(path, wanted);
        Console.WriteLine($"Wrote {Path.GetFileName(path)}.");
    }
}

return check && stale > 0 ? 1 : 0;

static string FindRoot(string start)
{
    for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "ServeInfra.sln")))
        {
            return dir.FullName;
        }
    }

    throw new DirectoryNotFoundException($"No ServeInfra.sln above {start}: run this from inside the repository.");
}
