using Microsoft.Extensions.Logging;
using Sextant.Brokers.BinanceUs.Broker;
using Sextant.Brokers.Contract;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Emulator;
using Sextant.Emulator.Faults;
using Sextant.Execution.Brokers;

namespace Sextant.Brokers.BinanceUs.Tests.Support;

/// <summary>The Binance US adapter against an in-process emulator (127.0.0.1, free port, replay clock stopped, BTCUSDT at 25000).</summary>
internal sealed class BinanceVenue : IContractVenue
{
    private BinanceVenue(EmulatorHost host, BinanceUsBroker broker)
    {
        Host = host;
        Adapter = broker;
    }

    public EmulatorHost Host { get; }

    public BinanceUsBroker Adapter { get; }

    public IBroker Broker => Adapter;

    public bool SynchronousEvents => false;

    public Symbol Symbol { get; } = new("BTCUSDT");

    public AssetClass AssetClass => AssetClass.Crypto;

    public decimal Price => Host.Control.Price("BTCUSDT");

    public decimal Quantity => 0.01m;

    public decimal OffLotQuantity => 0.000015m;

    public decimal UnaffordableQuantity => 100m;

    public static async Task<BinanceVenue> StartAsync(TimeProvider? time = null, ILoggerFactory? logs = null, EmulatorOptions? emulator = null, Func<BinanceUsOptions, BinanceUsOptions>? tune = null)
    {
        var host = await EmulatorHost.StartAsync(emulator ?? new EmulatorOptions { Port = 0, Speed = 0, LoggerFactory = logs });
        host.Control.SetPrice("BTCUSDT", 25_000m);
        var options = new BinanceUsOptions(host.Options.Key, host.Options.Secret)
        {
            BaseUrl = host.BaseUrl,
            StreamUrl = host.StreamUrl,
            Timeout = TimeSpan.FromSeconds(5),
            ReconnectDelay = TimeSpan.FromMilliseconds(20),
        };
        var broker = new BinanceUsBroker(tune?.Invoke(options) ?? options, time ?? TimeProvider.System, logs?.CreateLogger<BinanceUsBroker>());
        await broker.StartAsync(CancellationToken.None);
        return new BinanceVenue(host, broker);
    }

    public decimal OnTick(decimal price) => decimal.Round(price, 2);

    public Task TradeAsync(ClientOrderId id, decimal quantity, decimal price)
    {
        Assert.True(Host.Control.Trade(id.Value, quantity, price), $"order {id} was not open at the emulator");
        return Task.CompletedTask;
    }

    public void ArmCancelRace() => Host.Control.ArmCancelRace();

    public void DropNextSubmitResponse() =>
        Host.Control.AddFault(new FaultRule { Kind = FaultKind.DropResponse, Path = "/api/v3/order", Method = "POST" });

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
