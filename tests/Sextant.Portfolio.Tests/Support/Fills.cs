using Sextant.Core.Amounts;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;

namespace Sextant.Portfolio.Tests.Support;

/// <summary>Fills for portfolio tests; each gets a fresh order and trade id unless one is given.</summary>
internal static class Fills
{
    private static long _next;

    public static Fill Buy(decimal quantity, decimal price, Symbol? symbol = null, string strategy = "pairs",
        decimal fee = 0m, Asset? feeAsset = null, string? tradeId = null, string? orderId = null, long seconds = 0) =>
        Make(OrderSide.Buy, quantity, price, symbol, strategy, fee, feeAsset, tradeId, orderId, seconds);

    public static Fill Sell(decimal quantity, decimal price, Symbol? symbol = null, string strategy = "pairs",
        decimal fee = 0m, Asset? feeAsset = null, string? tradeId = null, string? orderId = null, long seconds = 0) =>
        Make(OrderSide.Sell, quantity, price, symbol, strategy, fee, feeAsset, tradeId, orderId, seconds);

    public static Fill Make(OrderSide side, decimal quantity, decimal price, Symbol? symbol = null, string strategy = "pairs",
        decimal fee = 0m, Asset? feeAsset = null, string? tradeId = null, string? orderId = null, long seconds = 0)
    {
        var n = Interlocked.Increment(ref _next);
        return new Fill(
            new ClientOrderId(orderId ?? "o" + n),
            null,
            tradeId ?? "t" + n,
            symbol ?? Some.BtcUsdt,
            side,
            new Quantity(quantity),
            new Price(price),
            new Money(fee, feeAsset ?? Some.Usdt),
            Liquidity.Taker,
            Some.Time(seconds),
            new StrategyId(strategy),
            Some.Broker());
    }
}
