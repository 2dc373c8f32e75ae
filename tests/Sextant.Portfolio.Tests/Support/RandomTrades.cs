using FsCheck;
using Sextant.Core.Orders;

namespace Sextant.Portfolio.Tests.Support;

/// <summary>Turns FsCheck's integers into fills on <see cref="Some.CryptoPortfolio"/>'s two instruments.</summary>
internal static class RandomTrades
{
    /// <summary>
    /// (buy?, quantity code, price code, mix code): quantity 0.001 to 100, price 0.01 to 10,000; the mix code picks the
    /// symbol (bit 0), one of three strategies (bits 1-2) and the fee: none, 0.1 % in USDT, or 0.1 % in the base coin.
    /// </summary>
    public static Fill ToFill(Tuple<bool, PositiveInt, PositiveInt, int> trade)
    {
        var code = (uint)trade.Item4;
        var symbol = (code & 1) == 0 ? Some.BtcUsdt : Some.EthUsdt;
        var baseAsset = (code & 1) == 0 ? Some.Btc : Some.Eth;
        var strategy = ((code >> 1) % 3) switch { 0 => "alpha", 1 => "beta", _ => "gamma" };
        var quantity = Quantity(trade.Item2);
        var price = Price(trade.Item3);
        var (fee, feeAsset) = ((code >> 3) % 3) switch
        {
            0 => (0m, Some.Usdt),
            1 => (Math.Round(quantity * price * 0.001m, 8), Some.Usdt),
            _ => (quantity * 0.001m, baseAsset),
        };

        return Fills.Make(trade.Item1 ? OrderSide.Buy : OrderSide.Sell, quantity, price, symbol, strategy, fee, feeAsset);
    }

    /// <summary>0.001 to 100 base units, three decimals.</summary>
    public static decimal Quantity(PositiveInt code) => ((code.Get % 100_000) + 1) / 1000m;

    /// <summary>0.01 to 10,000 quote units, two decimals.</summary>
    public static decimal Price(PositiveInt code) => ((code.Get % 1_000_000) + 1) / 100m;

    /// <summary>Applies every trade to a fresh 1,000,000 USDT crypto portfolio.</summary>
    public static Portfolio Book(IEnumerable<Tuple<bool, PositiveInt, PositiveInt, int>> trades)
    {
        var portfolio = Some.CryptoPortfolio(1_000_000m);
        foreach (var trade in trades)
        {
            portfolio.Apply(ToFill(trade));
        }

        return portfolio;
    }
}
