using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Time;

namespace Sextant.Signals.Monitoring;

/// <summary>A series whose newest closed bar is older than <c>monitor.stale_after</c> allows; its strategy was not stepped.</summary>
public sealed record StaleSeries(StrategyId Strategy, SeriesKey Series, UnixNanos? LastBar, TimeSpan Age);
