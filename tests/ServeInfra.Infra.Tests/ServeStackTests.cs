using Pulumi;
using ServeInfra.Tests.Support;

namespace ServeInfra.Infra.Tests;

public class ServeStackTests
{
    private static Task<(ServeStack Stack, ServeMocks Mocks)> Run(bool preview, params (string, string)[] config) =>
        ProgramRun.Of("dev", preview, config);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_private_stack_outputs_the_internal_url_and_no_token(bool preview)
    {
        var (stack, _) = await Run(preview);

        Assert.Equal($"http://{ServeMocks.InternalIp}/", await OutputValues.Value(stack.UserServiceUrl));
        Assert.Equal("private", await OutputValues.Value(stack.UserServiceAccess));
        Assert.Null(await OutputValues.Value(stack.UserServiceToken));
        Assert.Null(await OutputValues.Value(stack.ApiDocsUrls));
        Assert.True(await OutputValues.IsSecret(stack.Kubeconfig));
        Assert.Equal("serve", await OutputValues.Value(stack.RayClusterName));
        Assert.Equal("serve-dev-gke-1234567", await OutputValues.Value(stack.GkeClusterName));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_public_stack_outputs_the_https_url_and_a_secret_token(bool preview)
    {
        var (stack, _) = await Run(preview, ("access", "public"), ("domain", "serve.example.com"));

        Assert.Equal("https://serve.example.com/", await OutputValues.Value(stack.UserServiceUrl));
        Assert.Equal("public", await OutputValues.Value(stack.UserServiceAccess));
        Assert.True(await OutputValues.IsSecret(stack.UserServiceToken));
        Assert.Matches("^[A-Za-z0-9]{43}$", await OutputValues.Value(stack.UserServiceToken));
        Assert.True(await OutputValues.IsSecret(stack.ApiDocsUrls));
        Assert.True(await OutputValues.IsSecret(stack.UserServiceTokens));
        Assert.StartsWith("https://serve.example.com/_gateway/docs?app=fruit_app&token=", (await OutputValues.Value(stack.ApiDocsUrls))!["fruit_app"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_committed_prod_stack_with_only_a_project_added_is_public_on_its_domain_without_warnings(bool preview)
    {
        var (stack, mocks) = await ProgramRun.Of("prod", preview);

        Assert.Equal("https://serve.example.com/", await OutputValues.Value(stack.UserServiceUrl));
        Assert.True(await OutputValues.IsSecret(stack.UserServiceToken));
        Assert.Equal("serve-prod-gke-1234567", await OutputValues.Value(stack.GkeClusterName));
        Assert.Contains(mocks.Registered, r => r.Type == "kubernetes:networking.k8s.io/v1:Ingress");
        Assert.Empty(stack.Warnings);
    }

    [Fact]
    public async Task Risky_settings_are_warned_about_on_the_component_they_concern()
    {
        var (stack, _) = await Run(false, ("access", "public"), ("deletionProtection", "false"));

        // The stack is "dev", so deletion protection off is not flagged; the open control plane and the trial domain are.
        var warnings = stack.Warnings.Select(w => $"{w.Subject.GetResourceType()}: {string.Join(' ', w.Message.Split(' ').Take(6))}").ToList();
        Assert.Equal(
            ["serveinfra:cloud:ServeCloud: The GKE control plane accepts connections", "serveinfra:cluster:ServeCluster: Public cluster 'serve' has no domain:"],
            warnings);
    }

    [Fact]
    public async Task A_locked_down_stack_has_no_warnings()
    {
        var (stack, _) = await Run(false, ("authorizedNetworks", "[\"203.0.113.0/24\"]"));

        Assert.Empty(stack.Warnings);
    }

    [Fact]
    public async Task A_misspelt_key_stops_the_run_and_names_the_key_it_probably_meant()
    {
        var mocks = new ServeMocks();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => ProgramRun.Start("dev", false, mocks, ("gcp:project", TestSettings.Project), ("domian", "serve.example.com")));

        Assert.Contains("serveinfra:domian: is set but is not a ServeInfra setting. Allowed: the keys declared in Pulumi.yaml (did you mean serveinfra:domain?)", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("serve.example.com", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(mocks.Registered);
    }

    [Fact]
    public async Task Bad_config_fails_with_every_problem_and_registers_nothing()
    {
        // Both values have the declared type, so the CLI passes them on; the program refuses them.
        var mocks = new ServeMocks();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => ProgramRun.Start("dev", false, mocks, ("access", "publik"), ("nodeMaxCount", "0")));

        var message = error.ToString();
        Assert.Contains("Stack config has 3 problems; nothing was created:", message, StringComparison.Ordinal);
        Assert.Contains("gcp:project: is not set", message, StringComparison.Ordinal);
        Assert.Contains("serveinfra:access: \"publik\" is not an access mode. Allowed: private or public. Fix: pulumi config set serveinfra:access private", message, StringComparison.Ordinal);
        Assert.Contains("serveinfra:nodeMaxCount: \"0\" is out of range. Allowed: 1 to 1000. Fix: pulumi config set serveinfra:nodeMaxCount 3", message, StringComparison.Ordinal);
        Assert.Empty(mocks.Registered);
    }
}
