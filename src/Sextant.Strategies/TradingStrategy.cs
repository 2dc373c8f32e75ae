using Sextant.Core.Instruments;
using Sextant.Core.Signals;
using Sextant.Core.Time;
using Sextant.Strategies.Frames;
using Sextant.Strategies.Sizing;

namespace Sextant.Strategies;

/// <summary>
/// The strategy contract: turns market data into <see cref="Signal"/>s (intent, never orders). A strategy keeps
/// incremental state, so each new bar costs O(1) however long its lookback; the same instance type runs in backtest,
/// paper and live. The engine calls <see cref="Step"/> once per frame row in time order; a row at or before the last
/// one seen is ignored, so feeding overlapping windows (live polling) gives the same signals as feeding bar by bar.
/// </summary>
public abstract class TradingStrategy
{
    private BarFrame? _bound;
    private long _lastTime;
    private bool _started;

    /// <summary>Creates the strategy with its id, the asset class its orders go to, and its symbols.</summary>
    protected TradingStrategy(StrategyId id, AssetClass assetClass, IReadOnlyList<Symbol> universe, IStrategySizing sizing)
    {
        ArgumentNullException.ThrowIfNull(universe);
        ArgumentNullException.ThrowIfNull(sizing);
        if (universe.Count == 0)
        {
            throw new ArgumentException($"Strategy {id} needs at least one symbol", nameof(universe));
        }

        Id = id;
        AssetClass = assetClass;
        Universe = universe;
        Sizing = sizing;
    }

    /// <summary>The id tagged on every signal.</summary>
    public StrategyId Id { get; }

    /// <summary>The asset class of the strategy's symbols (which broker receives its orders).</summary>
    public AssetClass AssetClass { get; }

    /// <summary>The symbols the strategy reads and trades.</summary>
    public IReadOnlyList<Symbol> Universe { get; }

    /// <summary>How large a position the strategy takes (from <c>execution.sizing</c> and its allocation).</summary>
    protected IStrategySizing Sizing { get; }

    /// <summary>The time of the last row processed; null before the first.</summary>
    public UnixNanos? LastTime => _started ? new UnixNanos(_lastTime) : null;

    /// <summary>Processes row <paramref name="row"/> of <paramref name="frame"/>, emitting any signals into <paramref name="sink"/>. Allocation-free unless a signal is emitted.</summary>
    public void Step(BarFrame frame, int row, ISignalSink sink)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var time = frame.TimeAt(row).Value;
        if (_started && time <= _lastTime)
        {
            return;
        }

        if (!ReferenceEquals(frame, _bound))
        {
            Bind(frame);
            _bound = frame;
        }

        OnBar(frame, row, sink);
        _lastTime = time;
        _started = true;
    }

    /// <summary>The seed's contract: processes every row of <paramref name="window"/> newer than <see cref="LastTime"/> and returns the signals.</summary>
    public IReadOnlyList<Signal> GenerateSignals(BarFrame window)
    {
        ArgumentNullException.ThrowIfNull(window);
        var signals = new SignalList();
        for (var row = 0; row < window.Count; row++)
        {
            Step(window, row, signals);
        }

        return signals;
    }

    /// <summary>Resolves the columns of the strategy's symbols in <paramref name="frame"/>; called when a new frame arrives.</summary>
    protected abstract void Bind(BarFrame frame);

    /// <summary>Updates the state with row <paramref name="row"/> and emits signals.</summary>
    protected abstract void OnBar(BarFrame frame, int row, ISignalSink sink);
}
