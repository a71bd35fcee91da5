using ServeInfra.PulumiCli;

namespace ServeInfra.Examples.Tests;

public class ExampleProjectTests
{
    [Fact]
    public void The_example_is_a_pulumi_project_of_its_own()
    {
        // Stacks are kept per project in a backend: sharing the program's name would mix the example's stacks with its.
        var example = StackSession.FromProject("examples/OneCloudTwoClusters", "dev").Project;

        Assert.Equal("serveinfra-example", example.Name);
        Assert.NotEqual(StackSession.FromRepository("dev").Project.Name, example.Name);
        Assert.Equal("", Assert.Single(StackSession.FromProject("examples/OneCloudTwoClusters", "dev").Up().Values, v => v.Key == "serveinfra-example:domain").Value);
    }
}
