using Sextant.Dashboard.Security;

namespace Sextant.Dashboard.Hosting;

/// <summary>How a dashboard serves: its token, an optional backtest report directory, and the push cadence.</summary>
public sealed record DashboardOptions
{
    /// <summary>The access token every request must carry.</summary>
    public required DashboardToken Token { get; init; }

    /// <summary>A backtest report directory to show on the report view; null for none.</summary>
    public string? ReportDirectory { get; init; }

    /// <summary>Shortest time between two pushes to one browser; changes in between are coalesced. Default 250 ms.</summary>
    public TimeSpan PushInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>A comment line is sent this often on an idle event stream so proxies keep it open. Default 15s.</summary>
    public TimeSpan Heartbeat { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The clock data ages are measured against: the engine's (system time live, the replay clock in a replay). Default system time.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Log lines pushed with each update. Default 200.</summary>
    public int LogLines { get; init; } = 200;
}
