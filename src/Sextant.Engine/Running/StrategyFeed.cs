using Sextant.Backtest.Engine;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Signals;
using Sextant.Core.Time;
using Sextant.Strategies;
using Sextant.Strategies.Frames;

namespace Sextant.Engine.Running;

/// <summary>
/// The recent bars of one strategy's universe as they stream in, and the broker its signals go to. A row is handed to
/// the strategy only once every one of its symbols has reached that time, so a pair never sees a row with one leg still
/// in flight. Before its first live bar the strategy can be warmed up on history: the same rows, no orders.
/// </summary>
internal sealed class StrategyFeed(TradingStrategy strategy, StrategyPlan plan, EngineBroker broker, int keep)
{
    private readonly Dictionary<Symbol, List<Bar>> _bars = plan.Series.ToDictionary(s => s.Symbol, _ => new List<Bar>());

    public TradingStrategy Strategy { get; } = strategy;

    public StrategyPlan Plan { get; } = plan;

    public EngineBroker Broker { get; } = broker;

    public IReadOnlyList<SeriesKey> Series => Plan.Series;

    /// <summary>Bars the strategy needs before it can decide (its lookback plus a margin).</summary>
    public int Keep { get; } = keep;

    /// <summary>True once the warm-up ran (or was skipped); live bars are traded from then on.</summary>
    public bool Warmed { get; set; }

    /// <summary>Signals the strategy emitted that reached its broker.</summary>
    public int Signals { get; set; }

    public bool Reads(SeriesKey key) => Series.Contains(key);

    public void Add(SeriesKey key, Bar bar)
    {
        var list = _bars[key.Symbol];
        if (list.Count > 0 && list[^1].Time.Value >= bar.Time.Value)
        {
            return;
        }

        list.Add(bar);
        if (list.Count > Keep * 2)
        {
            list.RemoveRange(0, list.Count - Keep);
        }
    }

    /// <summary>
    /// The rows the strategy has not seen, up to the last row every symbol has reached, when there is one; else null. Rows
    /// it has seen are left out: a strategy keeps its own state and reads only the row it is stepped on (the
    /// <see cref="TradingStrategy"/> contract), so a new bar costs the new rows to copy, not the whole kept window.
    /// </summary>
    public BarFrame? ReadyFrame()
    {
        foreach (var bars in _bars.Values)
        {
            if (bars.Count == 0)
            {
                return null;
            }
        }

        var ready = _bars.Values.Min(b => b[^1].Time.Value);
        if (Strategy.LastTime is { } seen && ready <= seen.Value)
        {
            return null;
        }

        var after = Strategy.LastTime?.Value ?? long.MinValue;
        var built = new List<BarSeries>(Series.Count);
        foreach (var key in Series)
        {
            var bars = _bars[key.Symbol];
            var first = bars.Count;
            while (first > 0 && bars[first - 1].Time.Value > after)
            {
                first--; // the unseen bars are the last few: found from the end
            }

            var builder = new BarSeriesBuilder(key, Math.Max(1, bars.Count - first));
            for (var i = first; i < bars.Count && bars[i].Time.Value <= ready; i++)
            {
                builder.Add(bars[i]);
            }

            built.Add(builder.Build());
        }

        return BarFrame.Align(built);
    }

    /// <summary>The latest close of <paramref name="symbol"/> at or before <paramref name="time"/>.</summary>
    public double CloseAt(Symbol symbol, UnixNanos time)
    {
        var bars = _bars[symbol];
        for (var i = bars.Count - 1; i >= 0; i--)
        {
            if (bars[i].Time.Value <= time.Value)
            {
                return bars[i].Close;
            }
        }

        return default;
    }

    /// <summary>
    /// Replays <paramref name="history"/> (one series per symbol, any lengths) through the strategy in time order, as if it
    /// had run live over those bars, without sending anything; returns how many rows it saw and its last signal per symbol
    /// (what it would now hold). Rows are handed over in chunks no longer than <see cref="Keep"/>, so nothing is trimmed unseen.
    /// </summary>
    public (int Rows, IReadOnlyDictionary<Symbol, Signal> Intent) WarmUp(IReadOnlyList<BarSeries> history)
    {
        var intent = new Dictionary<Symbol, Signal>();
        var times = BarFrame.UnionOfTimes(history);
        var cursors = new int[history.Count];
        var pending = 0;
        foreach (var time in times)
        {
            for (var i = 0; i < history.Count; i++)
            {
                var series = history[i];
                if (cursors[i] < series.Count && series.Times[cursors[i]] == time)
                {
                    var c = cursors[i]++;
                    Add(series.Key, new Bar(time, series.Open[c], series.High[c], series.Low[c], series.Close[c], series.Volume[c]));
                }
            }

            if (++pending >= Keep)
            {
                Decide(intent);
                pending = 0;
            }
        }

        Decide(intent);
        return (times.Length, intent);
    }

    private void Decide(Dictionary<Symbol, Signal> intent)
    {
        if (ReadyFrame() is { } frame)
        {
            foreach (var signal in Strategy.GenerateSignals(frame))
            {
                intent[signal.Symbol] = signal;
            }
        }
    }
}
