using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Sextant.Backtest.Engine;
using Sextant.Brokers.Alpaca.Data;
using Sextant.Brokers.BinanceUs.Data;
using Sextant.Config.Loading;
using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Time;
using Sextant.Data.Routing;
using Sextant.Data.Sources;
using Sextant.Engine.Journal;
using Sextant.Signals.Polling;
using Sextant.Strategies.Registry;
using Sextant.Strategies.Sizing;

namespace Sextant.Engine.Running;

/// <summary>
/// Paper and live trading on live bars: the backtest's strategies, broker contexts, order managers and accounting, fed
/// by the venues' WebSocket bar streams (or the polling loop where a venue has none), each strategy's signals routed to
/// the broker that trades its asset class. A broker fills through Sextant's simulated venue (paper), the venue's paper
/// endpoint, or, confirmed, the live venue. Every signal, order request, acknowledgement, fill and cancel is appended to
/// the journal before the engine acts on it; on start the journal is replayed, every venue broker is reconciled with
/// its venue, and each strategy is warmed up on history. One loop applies everything (bars, venue reports, timers) in
/// arrival order, so order managers and portfolios stay single-threaded. Simulated brokers run on market time (the
/// newest bar's), so a replay at any speed behaves as the live market would.
/// </summary>
public sealed partial class TradingEngine : IAsyncDisposable
{
    private readonly EngineOptions _options;
    private readonly SextantConfig _config;
    private readonly SimulatedClock _clock = new();
    private readonly Dictionary<string, EngineBroker> _brokers = [];
    private readonly List<StrategyFeed> _feeds = [];
    private readonly List<(ILiveBarSource Source, List<SeriesKey> Keys)> _streams = [];
    private readonly Dictionary<string, IDataSource> _history = new(StringComparer.Ordinal);
    private readonly List<IDisposable> _owned = [];
    private readonly Channel<EngineEvent> _inbox = Channel.CreateUnbounded<EngineEvent>(new UnboundedChannelOptions { SingleReader = true });
    private readonly OrderJournal _journal;
    private readonly JournalHistory _past;
    private readonly TextWriter _log;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger _logger;
    private long _bars;
    private int _signals;

    private TradingEngine(EngineOptions options, OrderJournal journal, JournalHistory past)
    {
        _options = options;
        _config = options.Config;
        _journal = journal;
        _past = past;
        _log = options.Log;
        _loggers = options.Loggers ?? NullLoggerFactory.Instance;
        _logger = _loggers.CreateLogger("Sextant.Engine");
    }

    /// <summary>The journal file.</summary>
    public string JournalPath => _journal.Path;

    /// <summary>paper or live.</summary>
    public EngineMode Mode => _options.Mode;

    /// <summary>The brokers of this run by name (their contexts exist once <see cref="StartAsync"/> has run).</summary>
    public IReadOnlyCollection<string> BrokerNames => _brokers.Keys;

    /// <summary>
    /// Builds the engine for the config: one broker per broker in use (simulated, paper endpoint or live, see
    /// <see cref="BrokerFactory"/>), one strategy per enabled strategy with its capital share, one bar source per venue
    /// the strategies read (the <c>data.sources</c> entry of that name streams; a venue without one is polled through the
    /// DataManager). Nothing is sent or opened until <see cref="StartAsync"/>.
    /// </summary>
    public static TradingEngine Create(EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var config = options.Config;
        var plan = BacktestPlan.FromConfig(config, options.Mode == EngineMode.Live ? "live" : "paper");
        if (options.LiveConfirmed && !plan.Brokers.Any(b => b.Config.Mode == BrokerMode.Live))
        {
            throw new BacktestException($"--live: no broker in use has mode: live ({string.Join(", ", plan.Brokers.Select(b => b.Name))}); set brokers.<name>.mode: live, or run --mode paper");
        }

        var journalDir = Path.GetFullPath(config.Engine.Journal, options.Root);
        Directory.CreateDirectory(journalDir);
        var journal = OrderJournal.Open(Path.Combine(journalDir, options.Mode == EngineMode.Live ? "live.jsonl" : "paper.jsonl"), config.Engine.JournalSync, config.Engine.JournalSyncDelay, options.Time, out var existing);
        var engine = new TradingEngine(options, journal, JournalHistory.From(existing));
        try
        {
            engine.Build(plan);
            return engine;
        }
        catch
        {
            engine.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        foreach (var broker in _brokers.Values)
        {
            await broker.DisposeAsync().ConfigureAwait(false);
        }

        _journal.Dispose();
        _gate.Dispose(); // observability
    }

    private void Build(BacktestPlan plan)
    {
        foreach (var brokerPlan in plan.Brokers)
        {
            _brokers[brokerPlan.Name] = BrokerFactory.Create(brokerPlan.Name, brokerPlan.Config, _options, _inbox.Writer);
        }

        var registry = StrategyRegistry.Default;
        foreach (var strategyPlan in plan.Strategies)
        {
            var broker = _brokers[strategyPlan.Broker];

            // A strategy's capital is its share of its broker's equity: allocations are normalised over the strategies on that broker.
            var onBroker = plan.Strategies.Where(s => s.Broker == strategyPlan.Broker).Sum(s => s.Share);
            var share = onBroker > 0 ? strategyPlan.Share / onBroker : 0m;
            var sizing = new ConfiguredSizing(_config.Execution.Sizing, _ => (decimal)broker.Context.Portfolio.EquityEstimate * share);
            var strategy = registry.Create(strategyPlan.Config, sizing);
            var keep = strategyPlan.Config switch
            {
                CointegrationStrategyConfig c => c.Lookback,
                MeanReversionStrategyConfig m => m.Lookback,
                TrendStrategyConfig t => t.Slow,
                _ => 500,
            } + 10;
            _feeds.Add(new StrategyFeed(strategy, strategyPlan with { Share = share }, broker, keep));
            foreach (var key in strategyPlan.Series)
            {
                broker.Register(key.Symbol, strategyPlan.Config.AssetClass ?? AssetClass.Crypto, key);
            }
        }

        foreach (var venue in plan.Series.GroupBy(k => k.Venue.Value))
        {
            _streams.Add((SourceFor(venue.Key), venue.Distinct().ToList()));
        }
    }

    /// <summary>The live stream of <paramref name="venue"/> (its <c>data.sources</c> entry), or the polling loop over the DataManager when it has none.</summary>
    private ILiveBarSource SourceFor(string venue)
    {
        if (!_config.Data.Sources.TryGetValue(venue, out var source))
        {
            var data = DataManager.Create(_config, _options.Root, logger: _loggers.CreateLogger<DataManager>(), timeProvider: _options.Time);
            _history[venue] = data;
            return new BarPoller(data, _config.Monitor, _options.Time, _loggers.CreateLogger<BarPoller>());
        }

        IDisposable live = source.Type switch
        {
            DataSourceType.Binanceus => BinanceUsSource.FromConfig(venue, source, _options.Time, _loggers.CreateLogger<BinanceUsSource>()),
            _ => AlpacaSource.FromConfig(venue, source,
                Secrets.Resolve(_options.Environment, source.ApiKeyEnv, $"data.sources.{venue}.api_key_env"),
                Secrets.Resolve(_options.Environment, source.ApiSecretEnv, $"data.sources.{venue}.api_secret_env"),
                _options.Time, _loggers.CreateLogger<AlpacaSource>()),
        };
        _owned.Add(live);
        _history[venue] = (IDataSource)live;
        return (ILiveBarSource)live;
    }
}
