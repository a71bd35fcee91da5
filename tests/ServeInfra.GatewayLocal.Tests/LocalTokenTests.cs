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
    public void A_file_holds_the_token_on_one_line(string ending)
    {
        var warnings = new List<string>();

        var (resolved, generated, errors) = LocalToken.Resolve(File(token + ending), null, warnings);

        Assert.Empty(errors);
        Assert.Equal((token, false), (resolved!.Value, generated));
        Assert.Empty(warnings);
    }

    [Fact]
    public void An_earlier_format_token_is_accepted_too()
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
    public void Anything_else_in_the_file_is_refused_without_showing_it(string content)
    {
        var (resolved, _, errors) = LocalToken.Resolve(File(string.Format(System.Globalization.CultureInfo.InvariantCulture, content, token)), null, []);

        Assert.Null(resolved);
        var error = Assert.Single(errors);
        Assert.Contains("does not hold a valid token (value not shown)", error, StringComparison.Ordinal);
        Assert.DoesNotContain(token, error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_environment_variable_can_carry_it() =>
        Assert.Equal(token, LocalToken.Resolve(null, token, []).Token!.Value);

    [Fact]
    public void A_bad_environment_value_is_refused_without_showing_it()
    {
        var errors = LocalToken.Resolve(null, token + "!", []).Errors;

        Assert.Equal($"{LocalToken.EnvironmentVariable} does not hold a valid token (value not shown); use one line: 50 characters of a-z 0-9 (or an earlier token of 43 characters of A-Z a-z 0-9), or give neither to have one generated.", Assert.Single(errors));
    }

    [Fact]
    public void File_and_environment_together_are_ambiguous() =>
        Assert.Equal($"--token-file and {LocalToken.EnvironmentVariable} are both given; give one.", Assert.Single(LocalToken.Resolve(File(token), token, []).Errors));

    [Fact]
    public void With_neither_a_token_is_generated()
    {
        var (resolved, generated, errors) = LocalToken.Resolve(null, null, []);

        Assert.Empty(errors);
        Assert.True(generated);
        Assert.True(GatewayTokenGenerator.IsCurrentFormat(resolved!.Value));
    }

    [Fact]
    public void A_file_others_can_read_is_used_with_a_warning()
    {
        var path = File(token);
        System.IO.File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var warnings = new List<string>();

        Assert.NotNull(LocalToken.Resolve(path, null, warnings).Token);
        Assert.Equal($"--token-file: '{path}' can be read by other users; chmod 600 '{path}'.", Assert.Single(warnings));
    }

    [Fact]
    public void A_missing_or_huge_file_is_refused()
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
