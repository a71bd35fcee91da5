using ServeInfra.Core.Gke;

namespace ServeInfra.Core.Tests.Gke;

public class MaintenanceWindowTests
{
    [Theory]
    [InlineData("SA,SU 00:00-08:00", "FREQ=WEEKLY;BYDAY=SA,SU", "2024-01-06T00:00:00Z", "2024-01-06T08:00:00Z")]
    [InlineData("SU,SA 00:00-08:00", "FREQ=WEEKLY;BYDAY=SA,SU", "2024-01-06T00:00:00Z", "2024-01-06T08:00:00Z")]
    [InlineData("DAILY 03:30-07:30", "FREQ=DAILY", "2024-01-01T03:30:00Z", "2024-01-01T07:30:00Z")]
    [InlineData("MO,WE,FR 22:00-04:00", "FREQ=WEEKLY;BYDAY=MO,WE,FR", "2024-01-01T22:00:00Z", "2024-01-02T04:00:00Z")]
    [InlineData("TU 00:00-00:00", "FREQ=WEEKLY;BYDAY=TU", "2024-01-02T00:00:00Z", "2024-01-03T00:00:00Z")]
    public void A_window_becomes_gkes_recurring_window(string text, string recurrence, string start, string end)
    {
        var window = MaintenanceWindow.Parse(text);

        // GKE's RecurringWindow: RFC 5545 recurrence, RFC 3339 UTC start and end whose difference is the duration.
        Assert.Equal((recurrence, start, end), (window.Recurrence, window.StartTime, window.EndTime));
    }

    [Fact]
    public void The_default_is_weekend_nights_utc_and_reads_back_as_written() =>
        Assert.Equal(MaintenanceWindow.DefaultText, MaintenanceWindow.Default.ToString());

    [Theory]
    [InlineData("", "is not a window such as SA,SU 00:00-08:00")]
    [InlineData("SA,SU", "is not a window such as SA,SU 00:00-08:00")]
    [InlineData("SA,SU 0:00-8:00", "is not a window such as SA,SU 00:00-08:00")]
    [InlineData("SA,SU 00:00-24:00", "is not a window such as SA,SU 00:00-08:00")]
    [InlineData("sa,su 00:00-08:00", "names a day that is not one of MO, TU, WE, TH, FR, SA, SU (each once), or DAILY")]
    [InlineData("SA,SA 00:00-08:00", "names a day that is not one of MO, TU, WE, TH, FR, SA, SU (each once), or DAILY")]
    [InlineData("DAILY 00:00-03:59", "is shorter than 4 hours, which GKE does not count")]
    [InlineData("SA,SU 00:00-05:00", "gives GKE less than 12 hours a week (it needs 48 hours in any 32 days)")]
    public void Windows_gke_would_refuse_are_refused_with_the_reason(string text, string problem)
    {
        Assert.False(MaintenanceWindow.TryParse(text, out var window, out var why));
        Assert.Null(window);
        Assert.Equal(problem, why);
    }
}
