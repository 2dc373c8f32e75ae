using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Sextant.Backtest.Engine;
using Sextant.Brokers.Alpaca.Data;
using Sextant.Brokers.BinanceUs.Data;
using Sextant.Brokers.Context;
using Sextant.Brokers.Simulated.Venue;
using Sextant.Config.Loading;
using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Time;
using Sextant.Data.Sources;
using Sextant.Engine.Journal;
using Sextant.Execution.Orders;
using Sextant.Execution.Risk;
using Sextant.Strategies.Registry;
using Sextant.Strategies.Sizing;

namespace Sextant.Engine.Paper;

using Portfolio = Sextant.Portfolio.Portfolio;

/// <summary>
/// Paper trading on live bars: the strategies, broker contexts, order managers and simulated venues of the backtest,
/// fed by the venues' WebSocket bar streams instead of stored history. Engine time is market time (the newest bar's),
/// so a replay at any speed behaves as the live market would. Every signal, order request, acknowledgement, fill and
/// cancel is appended to the journal before the engine acts on it.
/// </summary>
public sealed partial class PaperEngine : IAsyncDisposable
{
    private readonly SextantConfig _config;
    private readonly SimulatedClock _clock = new();
    private readonly Dictionary<string, PaperBroker> _brokers = [];
    private readonly List<StrategyFeed> _feeds = [];
    private readonly List<(ILiveBarSource Source, List<SeriesKey> Keys)> _streams = [];
    private readonly List<IDisposable> _owned = [];
    private readonly OrderJournal _journal;
    private readonly TextWriter _log;
    private readonly ILogger _logger;
    private long _bars;
    private int _signals;

    private PaperEngine(SextantConfig config, OrderJournal journal, TextWriter log, ILogger logger)
    {
        _config = config;
        _journal = journal;
        _log = log;
        _logger = logger;
    }

    /// <summary>The journal file.</summary>
    public string JournalPath => _journal.Path;

    /// <summary>
    /// Builds the engine for <paramref name="config"/>: one simulated venue per broker in use (starting with its
    /// <c>starting_cash</c>), one live source per venue the strategies read (a <c>data.sources</c> entry of that name).
    /// </summary>
    public static PaperEngine Create(SextantConfig config, string root, IReadOnlyDictionary<string, string> environment, TextWriter log, ILoggerFactory? loggers = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        loggers ??= NullLoggerFactory.Instance;
        var plan = BacktestPlan.FromConfig(config, "paper");
        var journalDir = Path.GetFullPath(config.Engine.Journal, root);
        Directory.CreateDirectory(journalDir);
        var journal = OrderJournal.Open(Path.Combine(journalDir, "paper.jsonl"), out _);
        var engine = new PaperEngine(config, journal, log, loggers.CreateLogger("Sextant.Engine"));
        foreach (var brokerPlan in plan.Brokers)
        {
            engine._brokers[brokerPlan.Name] = engine.CreateBroker(brokerPlan.Name, brokerPlan.Config, loggers);
        }

        var registry = StrategyRegistry.Default;
        foreach (var strategyPlan in plan.Strategies)
        {
            var broker = engine._brokers[strategyPlan.Broker];
            var share = strategyPlan.Share;
            var sizing = new ConfiguredSizing(config.Execution.Sizing, _ => broker.Context.Portfolio.Equity * share);
            var strategy = registry.Create(strategyPlan.Config, sizing);
            var keep = strategyPlan.Config switch
            {
                CointegrationStrategyConfig c => c.Lookback,
                MeanReversionStrategyConfig m => m.Lookback,
                TrendStrategyConfig t => t.Slow,
                _ => 500,
            } + 10;
            engine._feeds.Add(new StrategyFeed(strategy, strategyPlan.Series, keep));
            foreach (var key in strategyPlan.Series)
            {
                broker.Register(key.Symbol, strategyPlan.Config.AssetClass ?? AssetClass.Crypto, key);
            }
        }

        foreach (var venue in plan.Series.GroupBy(k => k.Venue.Value))
        {
            engine._streams.Add((engine.LiveSource(venue.Key, environment, loggers), venue.Distinct().ToList()));
        }

        return engine;
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

    private ILiveBarSource LiveSource(string venue, IReadOnlyDictionary<string, string> environment, ILoggerFactory loggers)
    {
        if (!_config.Data.Sources.TryGetValue(venue, out var source))
        {
            throw new BacktestException(
                $"strategies read venue '{venue}', but data.sources has no live source of that name; configured: {string.Join(", ", _config.Data.Sources.Keys)}");
        }

        IDisposable live = source.Type switch
        {
            DataSourceType.Binanceus => BinanceUsSource.FromConfig(venue, source, logger: loggers.CreateLogger<BinanceUsSource>()),
            _ => AlpacaSource.FromConfig(venue, source,
                Secrets.Resolve(environment, source.ApiKeyEnv, $"data.sources.{venue}.api_key_env"),
                Secrets.Resolve(environment, source.ApiSecretEnv, $"data.sources.{venue}.api_secret_env"),
                logger: loggers.CreateLogger<AlpacaSource>()),
        };
        _owned.Add(live);
        return (ILiveBarSource)live;
    }

    private PaperBroker CreateBroker(string name, BrokerConfig config, ILoggerFactory loggers)
    {
        var quote = new Asset(config.QuoteAsset);
        var options = SimulatedVenueOptions.FromConfig(_config.Backtesting, quote, config.StartingCash);
        // Each broker keeps the time of its own market's bars: a venue fills an order on the first bar after it was placed.
        var clock = new SimulatedClock();
        var venue = new SimulatedVenue(new BrokerId(name), options, clock);
        var orders = new OrderManager(venue, _config.Execution, clock, strict: false, loggers.CreateLogger<OrderManager>());
        var context = new BrokerContext(venue, new Portfolio(quote, config.StartingCash), orders, options.Instruments,
            new PreTradeRisk(_config.Risk, clock), loggers.CreateLogger<BrokerContext>());
        var broker = new PaperBroker(name, config.StartingCash, clock, venue, context);
        orders.AddListener(new JournalListener(this, name));
        return broker;
    }

    private void Write(JournalEntryType type, string? broker, string? orderId, JsonObject data) =>
        _journal.Append(_clock.Now, type, broker, orderId, data);
}
