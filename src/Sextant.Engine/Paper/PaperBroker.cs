using Sextant.Brokers.Context;
using Sextant.Brokers.Simulated.Venue;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Time;

namespace Sextant.Engine.Paper;

/// <summary>One broker of a paper run: the simulated venue behind a real <see cref="BrokerContext"/>.</summary>
internal sealed class PaperBroker(string name, decimal startingCash, SimulatedClock clock, SimulatedVenue venue, BrokerContext context) : IAsyncDisposable
{
    private readonly Dictionary<SeriesKey, (int Venue, int Portfolio)> _index = [];

    public string Name { get; } = name;

    public decimal StartingCash { get; } = startingCash;

    public SimulatedClock Clock { get; } = clock;

    public SimulatedVenue Venue { get; } = venue;

    public BrokerContext Context { get; } = context;

    public int Fills { get; set; }

    public void Register(Symbol symbol, AssetClass assetClass, SeriesKey key)
    {
        var portfolio = Context.Portfolio.TryGetInstrumentIndex(symbol, out var existing) ? existing : Context.Portfolio.AddInstrument(symbol, assetClass);
        _index[key] = (Venue.Register(symbol), portfolio);
    }

    public bool Trades(SeriesKey key) => _index.ContainsKey(key);

    public void OnBar(SeriesKey key, in Bar bar)
    {
        var (venue, portfolio) = _index[key];
        if (bar.Time.Value > Clock.Now.Value)
        {
            Clock.AdvanceTo(bar.Time);
        }

        Venue.OnBar(venue, in bar);
        Context.Portfolio.Mark(portfolio, bar.Close);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
