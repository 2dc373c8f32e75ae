namespace Sextant.Core.Time;

/// <summary>Reads <see cref="UnixNanos"/> from an injected <see cref="TimeProvider"/> (system, simulated or fake).</summary>
public static class TimeProviderExtensions
{
    /// <summary>The provider's current UTC time as <see cref="UnixNanos"/> (100 ns precision).</summary>
    public static UnixNanos GetUnixNanos(this TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return timeProvider is SimulatedClock simulated ? simulated.Now : UnixNanos.FromDateTimeOffset(timeProvider.GetUtcNow());
    }
}
