using ServeInfra.Core.Settings;

namespace ServeInfra.Core.Configuration;

/// <summary>The outcome of reading stack config: settings when it is valid, otherwise every error found.</summary>
public sealed record LoadResult
{
    /// <summary>The validated settings; null exactly when <see cref="Errors"/> is not empty.</summary>
    public StackSettings? Settings { get; init; }

    /// <summary>Every problem found, in key order. Nothing may be created while there is one.</summary>
    public IReadOnlyList<ConfigError> Errors { get; init; } = [];

    /// <summary>Keys that are set but have no effect in the chosen access mode; shown as preview warnings.</summary>
    public IReadOnlyList<string> Ignored { get; init; } = [];

    /// <summary>True when the settings can be used.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>All errors as one message: a headline, then one line per error.</summary>
    public string ErrorReport() =>
        $"Stack config has {Errors.Count} problem{(Errors.Count == 1 ? "" : "s")}; nothing was created:" + Environment.NewLine
        + string.Join(Environment.NewLine, Errors.Select(error => "  - " + error));
}
