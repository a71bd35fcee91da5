using ServeInfra.Core.Networking;

namespace ServeInfra.Core.Tests.Networking;

public class Ipv4CidrTests
{
    [Theory]
    [InlineData("10.0.0.0/8", "10.0.0.0/8")]
    [InlineData("0.0.0.0/0", "0.0.0.0/0")]
    [InlineData("203.0.113.7/32", "203.0.113.7/32")]
    [InlineData("172.16.0.32/28", "172.16.0.32/28")]
    public void Valid_ranges_round_trip(string text, string expected)
    {
        Assert.True(Ipv4Cidr.TryParse(text, out var cidr));
        Assert.Equal(expected, cidr.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("10.0.0.0")]
    [InlineData("10.0.0.1/8")]
    [InlineData("10.0.0.0/33")]
    [InlineData("10.0.0.0/-1")]
    [InlineData("10.0/16")]
    [InlineData("10.0.0.0/ 8")]
    [InlineData("::1/128")]
    [InlineData("256.0.0.0/8")]
    [InlineData("10.0.0.0/")]
    public void Invalid_ranges_are_refused(string text) => Assert.False(Ipv4Cidr.TryParse(text, out _));

    [Theory]
    [InlineData("10.0.0.0/8", "10.1.0.0/16", true, true)]
    [InlineData("10.1.0.0/16", "10.0.0.0/8", false, true)]
    [InlineData("10.0.0.0/16", "10.1.0.0/16", false, false)]
    [InlineData("0.0.0.0/0", "192.168.1.0/24", true, true)]
    public void Containment_and_overlap(string a, string b, bool contains, bool overlaps)
    {
        var left = Ipv4Cidr.Parse(a);
        var right = Ipv4Cidr.Parse(b);
        Assert.Equal(contains, left.Contains(right));
        Assert.Equal(overlaps, left.Overlaps(right));
    }

    [Theory]
    [InlineData("10.2.0.0/16", true)]
    [InlineData("172.31.0.0/16", true)]
    [InlineData("172.32.0.0/16", false)]
    [InlineData("192.168.0.0/16", true)]
    [InlineData("0.0.0.0/0", false)]
    [InlineData("8.8.8.8/32", false)]
    public void Private_space_is_rfc1918(string text, bool isPrivate) =>
        Assert.Equal(isPrivate, Ipv4Cidr.Parse(text).IsPrivate);
}
