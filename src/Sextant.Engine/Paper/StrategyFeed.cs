using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Time;
using Sextant.Strategies;
using Sextant.Strategies.Frames;

namespace Sextant.Engine.Paper;

/// <summary>
/// The recent bars of one strategy's universe as they stream in. A row is handed to the strategy only once every one
/// of its symbols has reached that time, so a pair never sees a row with one leg still in flight.
/// </summary>
internal sealed class StrategyFeed(TradingStrategy strategy, IReadOnlyList<SeriesKey> series, int keep)
{
    private readonly Dictionary<Symbol, List<Bar>> _bars = series.ToDictionary(s => s.Symbol, _ => new List<Bar>());

    public TradingStrategy Strategy { get; } = strategy;

    public IReadOnlyList<SeriesKey> Series { get; } = series;

    public bool Reads(SeriesKey key) => Series.Contains(key);

    public void Add(SeriesKey key, Bar bar)
    {
        var list = _bars[key.Symbol];
        if (list.Count > 0 && list[^1].Time.Value >= bar.Time.Value)
        {
            return;
        }

        list.Add(bar);
        if (list.Count > keep * 2)
        {
            list.RemoveRange(0, list.Count - keep);
        }
    }

    /// <summary>The closes of the last row every symbol has reached, or null; and the frame up to that row.</summary>
    public BarFrame? ReadyFrame()
    {
        if (_bars.Values.Any(b => b.Count == 0))
        {
            return null;
        }

        var ready = _bars.Values.Min(b => b[^1].Time.Value);
        if (Strategy.LastTime is { } seen && ready <= seen.Value)
        {
            return null;
        }

        var built = Series.Select(key =>
        {
            var builder = new BarSeriesBuilder(key, _bars[key.Symbol].Count);
            foreach (var bar in _bars[key.Symbol].Where(b => b.Time.Value <= ready))
            {
                builder.Add(in bar);
            }

            return builder.Build();
        }).ToList();
        return BarFrame.Align(built);
    }

    /// <summary>The latest close of <paramref name="symbol"/> at or before <paramref name="time"/>.</summary>
    public double CloseAt(Symbol symbol, UnixNanos time) =>
        _bars[symbol].LastOrDefault(b => b.Time.Value <= time.Value).Close;
}
