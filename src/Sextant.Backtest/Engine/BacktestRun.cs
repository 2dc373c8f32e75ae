using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Sextant.Brokers.Context;
using Sextant.Brokers.Simulated.Venue;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Signals;
using Sextant.Core.Time;
using Sextant.Execution.Orders;
using Sextant.Execution.Risk;
using Sextant.Strategies;
using Sextant.Strategies.Frames;
using Sextant.Strategies.Registry;
using Sextant.Strategies.Sizing;

namespace Sextant.Backtest.Engine;

using Portfolio = Sextant.Portfolio.Portfolio;

/// <summary>
/// One backtest: built from a plan and loaded data (all allocation happens here), then <see cref="Loop"/> replays every
/// bar through the venues, portfolios and strategies, then the result is assembled. Strategies' signals go through
/// each broker's real <see cref="BrokerContext"/> (sizing, risk, order manager) to the simulated venue.
/// </summary>
internal sealed partial class BacktestRun
{
    private readonly BacktestPlan _plan;
    private readonly SimulatedClock _clock;
    private readonly BrokerSlot[] _brokers;
    private readonly SeriesSlot[] _series;
    private readonly StrategySlot[] _strategies;
    private readonly UnixNanos[] _times;
    private readonly double[] _equity;
    private readonly double[] _idleEquity; // each broker's equity (its cash) through an idle stretch of the pipelined loop
    private readonly double[][] _diagnostics;
    private readonly int[] _diagnosticCounts;
    private readonly List<Signal> _signals = [];
    private readonly List<string> _notes = [];
    private int _rowsOpen;
    private readonly ILogger _logger;
    private readonly RowSink _directSink; // the single-threaded loop's sink, made here so the loop allocates nothing

    public BacktestRun(BacktestPlan plan, BacktestData data, StrategyRegistry registry, ILoggerFactory? loggers = null)
    {
        _plan = plan;
        var config = plan.Config;
        loggers ??= NullLoggerFactory.Instance;
        _logger = loggers.CreateLogger("Sextant.Backtest");
        var brokerPlans = plan.Brokers;
        var seriesByKey = new Dictionary<SeriesKey, SeriesSlot>();
        foreach (var key in plan.Series)
        {
            seriesByKey[key] = null!;
        }

        var allSeries = plan.Series.Select(k => data.Get(k, plan.Range)).ToList();
        _times = data.TimelineOf(plan.Series, plan.Range, allSeries); // shared by every run on this data: never written
        _clock = new SimulatedClock(_times.Length > 0 ? _times[0] : default);
        _brokers = [.. brokerPlans.Select(b => CreateBroker(b, loggers))];

        var slots = new List<SeriesSlot>();
        _strategies = new StrategySlot[plan.Strategies.Count];
        for (var i = 0; i < plan.Strategies.Count; i++)
        {
            var strategyPlan = plan.Strategies[i];
            var broker = _brokers.First(b => b.Plan.Name == strategyPlan.Broker);
            var assetClass = strategyPlan.Config.AssetClass ?? AssetClass.Crypto;
            var series = new List<BarSeries>();
            foreach (var key in strategyPlan.Series)
            {
                var bars = allSeries[plan.Series.ToList().IndexOf(key)];
                series.Add(bars);
                if (seriesByKey[key] is null)
                {
                    var portfolio = broker.Context.Portfolio;
                    var portfolioIndex = portfolio.TryGetInstrumentIndex(key.Symbol, out var existing) ? existing : portfolio.AddInstrument(key.Symbol, assetClass);
                    var venueIndex = broker.Venue.Register(key.Symbol);
                    broker.Venue.Attach(venueIndex, bars);
                    var slot = new SeriesSlot(bars, broker, venueIndex, portfolioIndex) { Dense = bars.Count == _times.Length };
                    seriesByKey[key] = slot;
                    slots.Add(slot);
                }
                else if (seriesByKey[key].Broker != broker)
                {
                    throw new BacktestException($"{key} is read by strategies on two brokers ({seriesByKey[key].Broker.Plan.Name}, {broker.Plan.Name}); give each its own venue");
                }
            }

            var share = strategyPlan.Share;
            var sizing = new ConfiguredSizing(config.Execution.Sizing, _ => (decimal)broker.Context.Portfolio.EquityEstimate * share);
            var strategy = registry.Create(strategyPlan.Config, sizing);
            _strategies[i] = new StrategySlot(strategyPlan, strategy, BarFrame.Align(series), broker);
        }

        _series = [.. slots];
        Pipelined = CanPipeline(plan, _times.Length);
        _directSink = new DirectSink(this);
        _equity = new double[_times.Length];
        _idleEquity = new double[_brokers.Length];
        _diagnosticCounts = [.. _strategies.Select(s => plan.RecordDiagnostics ? s.Diagnostics?.DiagnosticNames.Count ?? 0 : 0)];
        _diagnostics = [.. _diagnosticCounts.SelectMany(count => Enumerable.Range(0, count)).Select(_ => new double[_times.Length])];
    }

    /// <summary>Rows (distinct timestamps) replayed.</summary>
    public int Rows => _times.Length;

    /// <summary>Bars replayed over all series.</summary>
    public long Bars => _series.Sum(s => (long)s.Series.Count);

    /// <summary>
    /// Places <paramref name="signal"/>, emitted by the strategy of <paramref name="slot"/> at row <paramref name="frameRow"/> of its
    /// frame, through the slot's broker context at that row's close; a refusal (other than the kill switch) becomes a note.
    /// </summary>
    private void Place(StrategySlot slot, int frameRow, Signal signal)
    {
        _signals.Add(signal);
        var price = slot.CloseAt(signal.Symbol, frameRow);
        var placing = slot.Broker.Context.PlaceOrderAsync(signal, (decimal)price, CancellationToken.None);
        var result = placing.IsCompletedSuccessfully ? placing.Result : placing.AsTask().GetAwaiter().GetResult();
        if (result.Refused && result.Reason != Core.Orders.RejectReason.KillSwitch)
        {
            Note($"{signal.Time.ToDateTimeOffset():yyyy-MM-dd HH:mm} {signal.Strategy} {signal.Symbol}: refused ({result.Reason}): {result.Message}");
        }
    }

    private BrokerSlot CreateBroker(BrokerPlan plan, ILoggerFactory loggers)
    {
        var config = _plan.Config;
        var quote = new Asset(plan.Config.QuoteAsset);
        var options = SimulatedVenueOptions.FromConfig(config.Backtesting, quote, plan.StartingCash);
        var id = new BrokerId(plan.Name);
        var venue = new SimulatedVenue(id, options, _clock);
        var orders = new OrderManager(venue, config.Execution, _clock, strict: true, loggers.CreateLogger<OrderManager>());
        var context = new BrokerContext(venue, new Portfolio(quote, plan.StartingCash), orders, options.Instruments,
            new PreTradeRisk(config.Risk, _clock), loggers.CreateLogger<BrokerContext>());
        return new BrokerSlot(plan, venue, context)
        {
            DrawdownAlarm = config.Risk.MaxDrawdown is { } drawdown ? drawdown - 1e-6 : double.PositiveInfinity,
            DailyLossAlarm = config.Risk.MaxDailyLoss is { } loss ? (double)loss * (1 - 1e-6) : double.PositiveInfinity,
        };
    }

    private void Note(string note)
    {
        if (_notes.Count < 20)
        {
            _notes.Add(note);
        }
    }
}
