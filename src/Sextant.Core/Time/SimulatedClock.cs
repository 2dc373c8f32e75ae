namespace Sextant.Core.Time;

/// <summary>
/// A clock that only moves when told to: the backtest loop (and replayed paper runs) advance it to each bar's time,
/// so every component that asks <see cref="TimeProvider"/> for "now" sees simulated time. Never goes backwards.
/// </summary>
public sealed class SimulatedClock : TimeProvider
{
    private long _nanos;

    /// <summary>Starts at <paramref name="start"/> (UTC).</summary>
    public SimulatedClock(UnixNanos start = default) => _nanos = start.Value;

    /// <summary>The current simulated time.</summary>
    public UnixNanos Now => new(Volatile.Read(ref _nanos));

    /// <summary>Moves the clock to <paramref name="time"/>; throws when that is earlier than now, naming both.</summary>
    public void AdvanceTo(UnixNanos time)
    {
        if (time.Value < _nanos)
        {
            ThrowBackwards(time); // out of line: the backtest moves the clock on every row, and this method inlines
        }

        Volatile.Write(ref _nanos, time.Value);
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void ThrowBackwards(UnixNanos time) => throw new InvalidOperationException($"Simulated clock cannot go back from {Now} to {time}");

    /// <summary>Moves the clock forward by <paramref name="delta"/>.</summary>
    public void Advance(TimeSpan delta) => AdvanceTo(Now + delta);

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => Now.ToDateTimeOffset();

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
