namespace ServeInfra.Core.Settings;

/// <summary>How <see cref="ReleaseChannel"/> is spelt in config and in GKE's API (<c>releaseChannel.channel</c>).</summary>
public static class ReleaseChannels
{
    private static readonly IReadOnlyDictionary<ReleaseChannel, string> Names = new Dictionary<ReleaseChannel, string>
    {
        [ReleaseChannel.Rapid] = "RAPID",
        [ReleaseChannel.Regular] = "REGULAR",
        [ReleaseChannel.Stable] = "STABLE",
        [ReleaseChannel.Extended] = "EXTENDED",
    };

    /// <summary>Every accepted spelling, in the order GKE documents them.</summary>
    public static IReadOnlyList<string> Allowed { get; } = [.. Names.Values];

    /// <summary>The config and API spelling of a channel, e.g. <c>REGULAR</c>.</summary>
    public static string ToConfigValue(ReleaseChannel channel) =>
        Names.TryGetValue(channel, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(channel), channel, "Unknown release channel.");

    /// <summary>Parses the exact spelling GKE uses (upper case).</summary>
    public static bool TryParse(string? text, out ReleaseChannel channel)
    {
        foreach (var (value, name) in Names)
        {
            if (name == text)
            {
                channel = value;
                return true;
            }
        }

        channel = default;
        return false;
    }
}
