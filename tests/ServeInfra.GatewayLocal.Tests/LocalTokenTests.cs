using ServeInfra.Core.Gateway;

namespace ServeInfra.GatewayLocal.Tests;

/// <summary>Where the local gateway's token comes from; no message ever shows a value.</summary>
public sealed class LocalTokenTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("serveinfra-local-token-").FullName;
    private readonly string token = GatewayTokenGenerator.Generate();

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("")]
    public void AFileHoldsTheTokenOnOneLine(string ending)
    {
        var warnings = new List<string>();

        var (resolved, generated, errors) = LocalToken.Resolve(File(token + ending), null, warnings);

        Assert.Empty(errors);
        Assert.Equal((token, false), (resolved!.Value, generated));
        Assert.Empty(warnings);
    }

    [Fact]
    public void AnEarlierFormatTokenIsAcceptedToo()
    {
        var legacy = "Q" + new string('z', 42);

        Assert.Equal(legacy, LocalToken.Resolve(File(legacy), null, []).Token!.Value);
    }

    [Theory]
    [InlineData(" {0}")]
    [InlineData("{0} ")]
    [InlineData("{0}\n\n")]
    [InlineData("{0}\nsecond line")]
    [InlineData("UPPER{0}")]
    public void AnythingElseInTheFileIsRefusedWithoutShowingIt(string content)
    {
        var (resolved, _, errors) = LocalToken.Resolve(File(string.Format(System.Globalization.CultureInfo.InvariantCulture, content, token)), null, []);

        Assert.Null(resolved);
        var error = Assert.Single(errors);
        Assert.Contains("does not hold a valid token (value not shown)", error, StringComparison.Ordinal);
        Assert.DoesNotContain(token, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheEnvironmentVariableCanCarryIt() =>
        Assert.Equal(token, LocalToken.Resolve(null, token, []).Token!.Value);

    [Fact]
    public void ABadEnvironmentValueIsRefusedWithoutShowingIt()
    {
        var errors = LocalToken.Resolve(null, token + "!", []).Errors;

        Assert.Equal($"{LocalToken.EnvironmentVariable} does not hold a valid token (value not shown); use one line: 50 characters of a-z 0-9 (or an earlier token of 43 characters of A-Z a-z 0-9), or give neither to have one generated.", Assert.Single(errors));
    }

    [Fact]
    public void FileAndEnvironmentTogetherAreAmbiguous() =>
        Assert.Equal($"--token-file and {LocalToken.EnvironmentVariable} are both given; give one.", Assert.Single(LocalToken.Resolve(File(token), token, []).Errors));

    [Fact]
    public void WithNeitherATokenIsGenerated()
    {
        var (resolved, generated, errors) = LocalToken.Resolve(null, null, []);

        Assert.Empty(errors);
        Assert.True(generated);
        Assert.True(GatewayTokenGenerator.IsCurrentFormat(resolved!.Value));
    }

    [Fact]
    public void AFileOthersCanReadIsUsedWithAWarning()
    {
        var path = File(token);
        System.IO.File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var warnings = new List<string>();

        Assert.NotNull(LocalToken.Resolve(path, null, warnings).Token);
        Assert.Equal($"--token-file: '{path}' can be read by other users; chmod 600 '{path}'.", Assert.Single(warnings));
    }

    [Fact]
    public void AMissingOrHugeFileIsRefused()
    {
        Assert.Contains("does not exist", Assert.Single(LocalToken.Resolve(Path.Combine(directory, "none"), null, []).Errors), StringComparison.Ordinal);
        Assert.Contains("too big for a token file", Assert.Single(LocalToken.Resolve(File(new string('a', 4096)), null, []).Errors), StringComparison.Ordinal);
    }

    private string File(string content)
    {
        var path = Path.Combine(directory, Guid.NewGuid().ToString("N"));
        System.IO.File.WriteAllText(path, content);
        System.IO.File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return path;
    }
}
