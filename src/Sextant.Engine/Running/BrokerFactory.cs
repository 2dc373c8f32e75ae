using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Sextant.Backtest.Engine;
using Sextant.Brokers.Alpaca;
using Sextant.Brokers.Alpaca.Broker;
using Sextant.Brokers.BinanceUs;
using Sextant.Brokers.BinanceUs.Broker;
using Sextant.Brokers.Simulated.Venue;
using Sextant.Config.Loading;
using Sextant.Config.Schema;
using Sextant.Core.Amounts;
using Sextant.Core.Instruments;
using Sextant.Core.Time;

namespace Sextant.Engine.Running;

/// <summary>
/// Builds each broker of a run from its <c>brokers:</c> entry. Paper by default: Sextant's simulated venue on the live
/// bars; <c>paper_venue: broker</c> sends orders through the real adapter to the venue's paper endpoint (Alpaca paper,
/// or a test venue at <c>base_url</c>); only a confirmed live run (<see cref="EngineOptions.LiveConfirmed"/>) sends the
/// orders of brokers with <c>mode: live</c> to the venue for real. A paper run never talks to a live endpoint.
/// </summary>
internal static class BrokerFactory
{
    private static readonly string[] LiveHosts = ["api.binance.us", "api.alpaca.markets"];

    public static EngineBroker Create(string name, BrokerConfig config, EngineOptions options, ChannelWriter<EngineEvent> inbox)
    {
        var live = options.LiveConfirmed && config.Mode == BrokerMode.Live;
        if (!live && config.PaperVenue == PaperVenue.Simulated)
        {
            return Simulated(name, config, options);
        }

        if (!live && config.BaseUrl is { } url && LiveHosts.Contains(new Uri(url).Host, StringComparer.OrdinalIgnoreCase))
        {
            throw new BacktestException($"brokers.{name}.base_url {url} is a live endpoint; a paper run never sends orders there (use --mode live --live with engine.mode: live and mode: live)");
        }

        var key = Secrets.Resolve(options.Environment, config.ApiKeyEnv, $"brokers.{name}.api_key_env");
        var secret = Secrets.Resolve(options.Environment, config.ApiSecretEnv, $"brokers.{name}.api_secret_env");
        var loggers = options.Loggers ?? Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance;
        switch (config.ResolveType(name))
        {
            case BrokerType.Binanceus:
                var binance = new BinanceUsBroker(BinanceUsOptions.FromConfig(name, config, key, secret), options.Time, loggers.CreateLogger<BinanceUsBroker>());
                return new EngineBroker(name, config, BrokerVenue.Adapter, live, options.Time, new QueuedBroker(binance, inbox), null, Catalog(options), binance.StartAsync, binance);
            case BrokerType.Alpaca:
                // Unconfirmed, the paper URL is used whatever the entry's mode says.
                var entry = live ? config : config with { Mode = BrokerMode.Paper };
                var alpaca = new AlpacaBroker(AlpacaOptions.FromConfig(name, entry, key, secret), options.Time, loggers.CreateLogger<AlpacaBroker>());
                return new EngineBroker(name, config, BrokerVenue.Adapter, live, options.Time, new QueuedBroker(alpaca, inbox), null, Catalog(options), alpaca.StartAsync, alpaca);
            default:
                return Simulated(name, config, options);
        }
    }

    private static EngineBroker Simulated(string name, BrokerConfig config, EngineOptions options)
    {
        var quote = new Asset(config.QuoteAsset);
        var venueOptions = SimulatedVenueOptions.FromConfig(options.Config.Backtesting, quote, config.StartingCash);

        // Each simulated broker keeps the time of its own market's bars: a venue fills an order on the first bar after it was placed.
        var clock = new SimulatedClock();
        var venue = new SimulatedVenue(new BrokerId(name), venueOptions, clock);
        return new EngineBroker(name, config, BrokerVenue.Simulated, live: false, clock, venue, venue, venueOptions.Instruments, null, null);
    }

    private static Execution.Instruments.InstrumentCatalog Catalog(EngineOptions options) =>
        Execution.Instruments.InstrumentCatalog.FromConfig(options.Config.Backtesting.Instruments);
}
