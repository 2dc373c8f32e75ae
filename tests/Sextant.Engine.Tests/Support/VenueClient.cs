using Sextant.Brokers.BinanceUs;
using Sextant.Brokers.BinanceUs.Broker;
using Sextant.Core.Amounts;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Execution.Brokers;

namespace Sextant.Engine.Tests.Support;

/// <summary>Someone else at the venue: places orders on the emulator's Binance US account through the real adapter, as a person at the venue's website would.</summary>
internal static class VenueClient
{
    public static async Task<SubmitResult> BuyAsync(EngineRig rig, string clientOrderId, decimal quantity, decimal? limit = null, string strategy = "manual")
    {
        await using var broker = new BinanceUsBroker(new BinanceUsOptions(rig.Host.Options.Key, rig.Host.Options.Secret) { BaseUrl = rig.Host.BaseUrl, UseUserDataStream = false }, TimeProvider.System);
        broker.Connect(new Ignore());
        await broker.StartAsync(CancellationToken.None);
        var order = Order.Create(new ClientOrderId(clientOrderId), new StrategyId(strategy), new BrokerId("binanceus"), new Symbol("BTCUSDT"), AssetClass.Crypto, OrderSide.Buy,
            limit is null ? OrderType.Market : OrderType.Limit, new Quantity(quantity), limit is { } l ? new Price(l) : null, TimeInForce.Gtc, default);
        return await broker.SubmitAsync(order, CancellationToken.None);
    }

    private sealed class Ignore : IExecutionEventSink
    {
        public void OnOrderEvent(OrderEvent orderEvent)
        {
        }
    }
}
