using Sextant.Core.Time;

namespace Sextant.Dashboard.Source;

/// <summary>Equity at one time: a broker's in its quote asset, the total in the reporting asset.</summary>
/// <param name="Time">Engine time (UTC).</param>
/// <param name="Equity">Cash + Σ quantity × mark.</param>
public readonly record struct EquityPoint(UnixNanos Time, decimal Equity);
