namespace ServeInfra.Core.Access;

/// <summary>The spelling of <see cref="AccessMode"/> in stack config, labels and outputs.</summary>
public static class AccessModes
{
    /// <summary>Every allowed spelling, in the order they are listed to users.</summary>
    public static IReadOnlyList<string> Allowed { get; } = ["private", "public"];

    /// <summary>The config spelling of <paramref name="mode"/>.</summary>
    public static string ToConfigValue(AccessMode mode) => mode switch
    {
        AccessMode.Private => "private",
        AccessMode.Public => "public",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown access mode."),
    };

    /// <summary>Parses an exact, lower-case config spelling.</summary>
    public static bool TryParse(string? text, out AccessMode mode)
    {
        switch (text)
        {
            case "private":
                mode = AccessMode.Private;
                return true;
            case "public":
                mode = AccessMode.Public;
                return true;
            default:
                mode = default;
                return false;
        }
    }
}
