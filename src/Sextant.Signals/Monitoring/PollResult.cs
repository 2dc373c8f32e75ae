using Sextant.Core.Signals;
using Sextant.Core.Time;

namespace Sextant.Signals.Monitoring;

/// <summary>What one poll produced: the signals of the new bars, and the series that were stale (reported, not traded on).</summary>
public sealed record PollResult(UnixNanos Time, IReadOnlyList<Signal> Signals, IReadOnlyList<StaleSeries> Stale, int NewBars);
