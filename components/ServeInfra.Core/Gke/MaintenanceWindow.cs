using System.Globalization;

namespace ServeInfra.Core.Gke;

/// <summary>
/// When GKE may run automatic maintenance (control plane and node upgrades, node pool changes): a weekly window in UTC.
/// Written <c>SA,SU 00:00-08:00</c> (days as RFC 5545 BYDAY codes, or <c>DAILY</c>; an end before the start crosses
/// midnight). GKE requires 48 hours of availability in any 32 days, counting only windows of at least 4 hours, and reads
/// days of the week in UTC (cloud.google.com/kubernetes-engine/docs/maintenance-window).
/// </summary>
public sealed record MaintenanceWindow
{
    /// <summary>The default: weekends, 00:00 to 08:00 UTC (16 hours a week, 64 in any 32 days).</summary>
    public const string DefaultText = "SA,SU 00:00-08:00";

    /// <summary>The shortest window GKE counts.</summary>
    public static TimeSpan ShortestWindow { get; } = TimeSpan.FromHours(4);

    /// <summary>The fewest hours a week that give GKE its 48 hours in any 32 days (each weekday occurs at least 4 times in them).</summary>
    public static TimeSpan LeastPerWeek { get; } = TimeSpan.FromHours(12);

    private static readonly string[] Codes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    private MaintenanceWindow(IReadOnlyList<int> days, TimeSpan start, TimeSpan duration)
    {
        DayIndexes = days;
        Start = start;
        Duration = duration;
    }

    /// <summary>The window's days, Monday (0) to Sunday (6), ascending and distinct.</summary>
    public IReadOnlyList<int> DayIndexes { get; }

    /// <summary>When the window opens, after midnight UTC.</summary>
    public TimeSpan Start { get; }

    /// <summary>How long it stays open (4 to 24 hours).</summary>
    public TimeSpan Duration { get; }

    /// <summary>The default window, <see cref="DefaultText"/>.</summary>
    public static MaintenanceWindow Default { get; } = Parse(DefaultText);

    /// <summary>GKE's recurrence (RFC 5545 RRULE).</summary>
    public string Recurrence => DayIndexes.Count == 7 ? "FREQ=DAILY" : $"FREQ=WEEKLY;BYDAY={string.Join(",", DayIndexes.Select(day => Codes[day]))}";

    /// <summary>
    /// The first window's start, RFC 3339 in UTC as GKE returns it (other spellings leave a permanent diff). Anchored on a
    /// fixed past date that falls on the first of the days, so the recurrence's first instance is itself a window.
    /// </summary>
    public string StartTime => Format(FirstStart);

    /// <summary>The first window's end: <see cref="StartTime"/> plus <see cref="Duration"/>.</summary>
    public string EndTime => Format(FirstStart + Duration);

    // 2024-01-01 was a Monday.
    private DateTime FirstStart => new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(DayIndexes[0]) + Start;

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="problem"/> says what is wrong.</summary>
    public static bool TryParse(string? text, out MaintenanceWindow? window, out string? problem)
    {
        window = null;
        var parts = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var times = parts.Length == 2 ? parts[1].Split('-') : [];
        if (times.Length != 2 || !TryTime(times[0], out var start) || !TryTime(times[1], out var end))
        {
            problem = "is not a window such as SA,SU 00:00-08:00";
            return false;
        }

        var days = parts[0] == "DAILY" ? Enumerable.Range(0, 7).ToList() : parts[0].Split(',').Select(code => Array.IndexOf(Codes, code)).ToList();
        if (days.Contains(-1) || days.Distinct().Count() != days.Count)
        {
            problem = "names a day that is not one of MO, TU, WE, TH, FR, SA, SU (each once), or DAILY";
            return false;
        }

        var duration = end > start ? end - start : end - start + TimeSpan.FromDays(1);
        problem = duration < ShortestWindow ? "is shorter than 4 hours, which GKE does not count"
            : duration * days.Count < LeastPerWeek ? "gives GKE less than 12 hours a week (it needs 48 hours in any 32 days)"
            : null;
        window = problem is null ? new MaintenanceWindow(days.Order().ToList(), start, duration) : null;
        return problem is null;
    }

    /// <summary>Parses or throws <see cref="FormatException"/>; for literals known to be valid.</summary>
    public static MaintenanceWindow Parse(string text) =>
        TryParse(text, out var window, out var problem) ? window! : throw new FormatException($"'{text}' {problem}.");

    /// <inheritdoc />
    public override string ToString() =>
        $"{(DayIndexes.Count == 7 ? "DAILY" : string.Join(",", DayIndexes.Select(day => Codes[day])))} {Clock(Start)}-{Clock(Start + Duration)}";

    private static bool TryTime(string text, out TimeSpan time) =>
        TimeSpan.TryParseExact(text, "hh\\:mm", CultureInfo.InvariantCulture, out time) && text.Length == 5 && time < TimeSpan.FromDays(1);

    private static string Clock(TimeSpan time)
    {
        var minutes = (long)time.TotalMinutes % (24 * 60);
        return string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:00}:{minutes % 60:00}");
    }

    private static string Format(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
