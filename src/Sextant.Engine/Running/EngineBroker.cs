using Sextant.Brokers.Context;
using Sextant.Brokers.Simulated.Venue;
using Sextant.Config.Schema;
using Sextant.Core.Amounts;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Time;
using Sextant.Engine.Reconciliation;
using Sextant.Execution.Brokers;
using Sextant.Execution.Instruments;

namespace Sextant.Engine.Running;

/// <summary>Who fills a broker's orders in a run.</summary>
internal enum BrokerVenue
{
    /// <summary>Sextant's simulated venue on the live bars (paper).</summary>
    Simulated,

    /// <summary>The venue itself through its adapter: its paper endpoint (<c>paper_venue: broker</c>) or, confirmed, live.</summary>
    Adapter,
}

/// <summary>
/// One broker of a run: the venue (simulated, or an adapter behind the engine's queue) and the real
/// <see cref="BrokerContext"/> in front of it. A simulated broker keeps its own market clock (the time of its bars);
/// an adapter broker runs on the engine's wall clock.
/// </summary>
internal sealed class EngineBroker(string name, BrokerConfig config, BrokerVenue venue, bool live, TimeProvider clock, IBroker broker,
    SimulatedVenue? simulated, InstrumentCatalog instruments, Func<CancellationToken, Task>? start, IAsyncDisposable? lifetime) : IAsyncDisposable
{
    private readonly Dictionary<SeriesKey, (int Venue, int Portfolio)> _index = [];
    private readonly List<(Symbol Symbol, AssetClass AssetClass, SeriesKey Key)> _series = [];
    private BrokerContext? _context;

    public string Name { get; } = name;

    public BrokerConfig Config { get; } = config;

    public BrokerVenue Venue { get; } = venue;

    /// <summary>True when orders are real money.</summary>
    public bool Live { get; } = live;

    /// <summary>The broker's clock: market time for a simulated venue, the wall clock for an adapter.</summary>
    public TimeProvider Clock { get; } = clock;

    /// <summary>What the order manager talks to.</summary>
    public IBroker Broker { get; } = broker;

    /// <summary>The simulated venue, or null for an adapter.</summary>
    public SimulatedVenue? Simulated { get; } = simulated;

    public Asset QuoteAsset { get; } = new(config.QuoteAsset);

    /// <summary>Lot, tick and minimum-notional rules: the config's, replaced by the venue's own where its adapter knows them.</summary>
    public InstrumentCatalog Instruments { get; } = instruments;

    public BrokerContext Context => _context ?? throw new InvalidOperationException($"broker {Name} is not started");

    public bool IsAttached => _context is not null;

    /// <summary>Fills booked this run (journal replays not counted).</summary>
    public int Fills { get; set; }

    /// <summary>Set when reconciliation stopped trading here; every signal is then refused with this reason.</summary>
    public string? HaltReason { get; set; }

    /// <summary>Venue holdings adopted at start (<c>engine.reconcile: adopt</c>) that wait for the symbol's first price.</summary>
    public Dictionary<Symbol, decimal> PendingAdoptions { get; } = [];

    /// <summary>What the venue held when this broker's journal began (for venue brokers), so our share of the account can be told apart.</summary>
    public AccountBaseline? Baseline { get; set; }

    /// <summary>What the run's label says: simulated, paper endpoint or live.</summary>
    public string Describe() => Venue == BrokerVenue.Simulated ? "simulated fills" : Live ? "LIVE" : "paper endpoint";

    public void Register(Symbol symbol, AssetClass assetClass, SeriesKey key)
    {
        _series.Add((symbol, assetClass, key));
        if (_context is not null)
        {
            Index(symbol, assetClass, key);
        }
    }

    /// <summary>Wires the broker context (built once the venue's account is known) and registers every series with it.</summary>
    public void Attach(BrokerContext context)
    {
        _context = context;
        foreach (var (symbol, assetClass, key) in _series)
        {
            Index(symbol, assetClass, key);
        }
    }

    public bool Trades(SeriesKey key) => _index.ContainsKey(key);

    public IEnumerable<SeriesKey> Series => _index.Keys;

    /// <summary>A bar of <paramref name="key"/>: a simulated venue trades it (its clock moves to the bar); the portfolio is marked at its close.</summary>
    public void OnBar(SeriesKey key, in Bar bar)
    {
        var (venueIndex, portfolio) = _index[key];
        if (Simulated is not null)
        {
            var market = (SimulatedClock)Clock;
            if (bar.Time.Value > market.Now.Value)
            {
                market.AdvanceTo(bar.Time);
            }

            Simulated.OnBar(venueIndex, in bar);
        }

        Context.Portfolio.Mark(portfolio, bar.Close);
    }

    public Task StartAsync(CancellationToken cancellationToken) => start?.Invoke(cancellationToken) ?? Task.CompletedTask;

    public ValueTask DisposeAsync() => lifetime?.DisposeAsync() ?? ValueTask.CompletedTask;

    private void Index(Symbol symbol, AssetClass assetClass, SeriesKey key)
    {
        var portfolio = Context.Portfolio;
        var index = portfolio.TryGetInstrumentIndex(symbol, out var existing) ? existing : portfolio.AddInstrument(symbol, assetClass, BaseAssetOf(symbol, assetClass));
        _index[key] = (Simulated?.Register(symbol) ?? -1, index);
    }

    /// <summary>BTC for BTCUSDT in a USDT book: fees a spot venue takes in the coin bought then shrink the position. Equities have none.</summary>
    private Asset BaseAssetOf(Symbol symbol, AssetClass assetClass) =>
        assetClass == AssetClass.Crypto && symbol.Value.Length > QuoteAsset.Value.Length && symbol.Value.EndsWith(QuoteAsset.Value, StringComparison.Ordinal)
            ? new Asset(symbol.Value[..^QuoteAsset.Value.Length])
            : default;
}
