using Microsoft.Extensions.Logging;
using Sextant.Brokers.Alpaca.Broker;
using Sextant.Brokers.Contract;
using Sextant.Config.Schema;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Emulator;
using Sextant.Emulator.Faults;
using Sextant.Execution.Brokers;

namespace Sextant.Brokers.Alpaca.Tests.Support;

/// <summary>The Alpaca adapter against an in-process emulator (127.0.0.1, free port, replay clock stopped, SPY at 400).</summary>
internal sealed class AlpacaVenue : IContractVenue
{
    private AlpacaVenue(EmulatorHost host, AlpacaBroker broker)
    {
        Host = host;
        Adapter = broker;
    }

    public EmulatorHost Host { get; }

    public AlpacaBroker Adapter { get; }

    public IBroker Broker => Adapter;

    public bool SynchronousEvents => false;

    public Symbol Symbol { get; } = new("SPY");

    public AssetClass AssetClass => AssetClass.Equity;

    public decimal Price => Host.Control.Price("SPY");

    public decimal Quantity => 2m;

    public decimal OffLotQuantity => 0.0000000001m;

    public decimal UnaffordableQuantity => 1_000m;

    public static async Task<AlpacaVenue> StartAsync(MarketClosedPolicy policy = MarketClosedPolicy.Hold, ILoggerFactory? logs = null, EmulatorOptions? emulator = null)
    {
        var host = await EmulatorHost.StartAsync(emulator ?? new EmulatorOptions { Port = 0, Speed = 0, LoggerFactory = logs });
        host.Control.SetPrice("SPY", 400m);
        var broker = new AlpacaBroker(new AlpacaOptions(host.Options.Key, host.Options.Secret)
        {
            BaseUrl = host.BaseUrl,
            Timeout = TimeSpan.FromSeconds(5),
            ReconnectDelay = TimeSpan.FromMilliseconds(20),
            MarketClosed = policy,
        }, TimeProvider.System, logs?.CreateLogger<AlpacaBroker>());
        await broker.StartAsync(CancellationToken.None);
        return new AlpacaVenue(host, broker);
    }

    public decimal OnTick(decimal price) => decimal.Round(price, 2);

    public Task TradeAsync(ClientOrderId id, decimal quantity, decimal price)
    {
        Assert.True(Host.Control.Trade(id.Value, quantity, price), $"order {id} was not open at the emulator");
        return Task.CompletedTask;
    }

    public void ArmCancelRace() => Host.Control.ArmCancelRace();

    public void DropNextSubmitResponse() =>
        Host.Control.AddFault(new FaultRule { Kind = FaultKind.DropResponse, Path = "/v2/orders", Method = "POST" });

    public Task StreamDownAsync()
    {
        Host.Control.StreamsDown = true;
        return Task.CompletedTask;
    }

    public Task StreamUpAsync()
    {
        Host.Control.StreamsDown = false;
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await Adapter.DisposeAsync();
        await Host.DisposeAsync();
    }
}
