using ServeInfra.Core.Naming;

namespace ServeInfra.Core.Tests.Naming;

public class NameRulesTests
{
    [Theory]
    [InlineData("serve", true)]
    [InlineData("serve-dev-2", true)]
    [InlineData("s", true)]
    [InlineData("2serve", false)]
    [InlineData("serve-", false)]
    [InlineData("Serve", false)]
    [InlineData("serve_dev", false)]
    [InlineData("", false)]
    public void Dns_labels(string name, bool valid) => Assert.Equal(valid, NameRules.IsDnsLabel(name, 30));

    [Fact]
    public void Dns_labels_respect_the_length_budget()
    {
        Assert.True(NameRules.IsDnsLabel(new string('a', 30), 30));
        Assert.False(NameRules.IsDnsLabel(new string('a', 31), 30));
    }

    [Theory]
    [InlineData("serve.example.com", true)]
    [InlineData("a.b", true)]
    [InlineData("34.120.1.2.sslip.io", true)]
    [InlineData("*.example.com", false)]
    [InlineData("example", false)]
    [InlineData("serve.example.com.", false)]
    [InlineData("Serve.Example.com", false)]
    [InlineData("-bad.example.com", false)]
    public void Certificate_domains(string name, bool valid) => Assert.Equal(valid, NameRules.IsCertificateDomain(name));

    [Fact]
    public void The_longest_cloud_name_still_fits_a_service_account_id()
    {
        var id = NameRules.NodeServiceAccountId(new string('a', NameRules.MaxCloudNameLength));

        // GCP service account ids are 6 to 30 characters.
        Assert.InRange(id.Length, 6, 30);
    }
}
