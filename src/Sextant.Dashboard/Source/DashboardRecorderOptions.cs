namespace Sextant.Dashboard.Source;

/// <summary>How much history a <see cref="DashboardRecorder"/> keeps and how it runs cancels.</summary>
public sealed record DashboardRecorderOptions
{
    /// <summary>Fills kept. Default 200.</summary>
    public int MaxFills { get; init; } = 200;

    /// <summary>Signals kept. Default 200.</summary>
    public int MaxSignals { get; init; } = 200;

    /// <summary>Equity points kept per series; the oldest go first. Default 20,000 (two weeks of minutes).</summary>
    public int MaxEquityPoints { get; init; } = 20_000;

    /// <summary>
    /// False (default): a cancel waits for the engine loop to call <see cref="DashboardRecorder.ExecuteCancelsAsync"/>, so the
    /// single-threaded <c>OrderManager</c> is only ever touched by its own loop. True: the cancel runs on the request's
    /// thread, for hosts that have no loop (tests, a paused engine).
    /// </summary>
    public bool InlineCancels { get; init; }

    /// <summary>How long a cancel waits for the engine loop. Default 10s.</summary>
    public TimeSpan CancelTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
