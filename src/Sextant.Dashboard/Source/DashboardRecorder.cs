using System.Collections.Immutable;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Signals;
using Sextant.Core.Time;
using Sextant.Dashboard.Logs;
using Sextant.Execution.Orders;
using Sextant.Portfolio;

namespace Sextant.Dashboard.Source;

/// <summary>
/// A ready <see cref="IDashboardSource"/> that the engine feeds from its loop: attach each broker's <see cref="OrderManager"/>
/// (fills, order updates and cancels), call <see cref="RecordSignal"/>, <see cref="RecordEquity"/> (once per bar or poll) and
/// <see cref="SetBrokerHealth"/>. Every call copies what it needs into a new immutable <see cref="DashboardState"/>, so request
/// threads read <see cref="Current"/> without touching engine objects. Feed it from one thread.
/// </summary>
public sealed partial class DashboardRecorder : IDashboardSource, IOrderListener
{
    private readonly Lock _gate = new();
    private readonly MetaPortfolio? _portfolio;
    private readonly LogTail? _log;
    private readonly List<OrderManager> _managers = [];
    private readonly Dictionary<StrategyId, Counts> _counts = [];
    private readonly Dictionary<BrokerId, BrokerHealth> _health = [];
    private readonly Dictionary<BrokerId, ImmutableList<EquityPoint>> _brokerEquity = [];
    private ImmutableList<EquityPoint> _totalEquity = [];
    private ImmutableList<Fill> _fills = [];
    private ImmutableList<Signal> _signals = [];
    private IReadOnlyList<OrderView> _openOrders = [];
    private MetaPortfolioSnapshot? _snapshot;
    private UnixNanos _asOf;
    private long _version;
    private volatile DashboardState _current;

    /// <summary>Creates an empty recorder.</summary>
    /// <param name="runName">A name for the run, e.g. the config file's name.</param>
    /// <param name="mode"><c>backtest</c>, <c>paper</c>, <c>live</c> or <c>standalone</c>.</param>
    /// <param name="portfolio">The engine's portfolios; <see cref="RecordEquity"/> snapshots it. Null for a dashboard without an engine.</param>
    /// <param name="log">The log tail to show; null for none.</param>
    /// <param name="options">History sizes and cancel mode; defaults when null.</param>
    public DashboardRecorder(string runName, string mode, MetaPortfolio? portfolio = null, LogTail? log = null, DashboardRecorderOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runName);
        ArgumentException.ThrowIfNullOrWhiteSpace(mode);
        RunName = runName;
        Mode = mode;
        _portfolio = portfolio;
        _log = log;
        Options = options ?? new DashboardRecorderOptions();
        _current = DashboardState.Empty(runName, mode);
        if (log is not null)
        {
            log.Appended += (_, _) => Publish();
        }
    }

    /// <summary>The run's name.</summary>
    public string RunName { get; }

    /// <summary>The run's mode.</summary>
    public string Mode { get; }

    /// <summary>History sizes and cancel mode.</summary>
    public DashboardRecorderOptions Options { get; }

    /// <inheritdoc />
    public DashboardState Current => _current;

    /// <inheritdoc />
    public event EventHandler<DashboardChangedEventArgs>? Changed;

    /// <inheritdoc />
    public IReadOnlyList<LogLine> LogTail(int max) => _log?.Last(max) ?? [];

    /// <summary>Shows the orders of <paramref name="orders"/>: the recorder listens to its fills and status changes and cancels through it.</summary>
    public void Attach(OrderManager orders)
    {
        ArgumentNullException.ThrowIfNull(orders);
        lock (_gate)
        {
            _managers.Add(orders);
        }

        orders.AddListener(this);
        RefreshOpenOrders();
        Publish();
    }

    /// <summary>Records a signal a strategy emitted (with its metadata).</summary>
    public void RecordSignal(Signal signal)
    {
        ArgumentNullException.ThrowIfNull(signal);
        lock (_gate)
        {
            _signals = Trim(_signals.Add(signal), Options.MaxSignals);
            CountsOf(signal.Strategy).Signals++;
        }

        Publish();
    }

    /// <summary>Replaces the health of one broker.</summary>
    public void SetBrokerHealth(BrokerHealth health)
    {
        ArgumentNullException.ThrowIfNull(health);
        lock (_gate)
        {
            _health[health.Broker] = health;
        }

        Publish();
    }

    /// <summary>Snapshots the portfolios at engine time <paramref name="now"/> and appends one point to every equity series (a second call at the same time replaces it).</summary>
    public void RecordEquity(UnixNanos now)
    {
        if (_portfolio is null)
        {
            return;
        }

        var snapshot = _portfolio.Snapshot(now);
        lock (_gate)
        {
            _snapshot = snapshot;
            _asOf = now;
            _totalEquity = Append(_totalEquity, new EquityPoint(now, snapshot.Equity));
            foreach (var (broker, portfolio) in snapshot.Brokers)
            {
                _brokerEquity[broker] = Append(_brokerEquity.GetValueOrDefault(broker, []), new EquityPoint(now, portfolio.Equity));
            }
        }

        RefreshOpenOrders();
        Publish();
    }

    private ImmutableList<EquityPoint> Append(ImmutableList<EquityPoint> series, EquityPoint point)
    {
        if (series.Count > 0 && series[^1].Time >= point.Time)
        {
            return series.SetItem(series.Count - 1, point with { Time = series[^1].Time });
        }

        return Trim(series.Add(point), Options.MaxEquityPoints);
    }

    private static ImmutableList<T> Trim<T>(ImmutableList<T> list, int max) => list.Count > max ? list.RemoveRange(0, list.Count - max) : list;

    private Counts CountsOf(StrategyId strategy)
    {
        if (!_counts.TryGetValue(strategy, out var counts))
        {
            counts = new Counts();
            _counts.Add(strategy, counts);
        }

        return counts;
    }

    private sealed class Counts
    {
        public int Signals { get; set; }

        public int Orders { get; set; }

        public int Fills { get; set; }

        public int Rejects { get; set; }
    }
}
