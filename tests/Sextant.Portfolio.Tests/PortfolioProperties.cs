using FsCheck;
using FsCheck.Xunit;
using Sextant.Core.Orders;
using Sextant.Portfolio.Tests.Support;

namespace Sextant.Portfolio.Tests;

// Accounting invariants over random fill sequences (see RandomTrades for how integers become fills).
public sealed class PortfolioProperties
{
    [Property(MaxTest = 200)]
    public bool Apply_ZeroFeeFillAtTheMark_LeavesEquityUnchanged(
        Tuple<bool, PositiveInt, PositiveInt, int>[] history, bool buy, PositiveInt quantity, PositiveInt mark, bool eth)
    {
        var sut = RandomTrades.Book(history);
        var symbol = eth ? Some.EthUsdt : Some.BtcUsdt;
        var price = RandomTrades.Price(mark);
        sut.Mark(symbol, price);
        var before = sut.Equity;

        sut.Apply(Fills.Make(buy ? OrderSide.Buy : OrderSide.Sell, RandomTrades.Quantity(quantity), price, symbol));

        return sut.Equity == before;
    }

    // Holds for quote-asset and base-asset fees alike; third-asset fees (BNB) are outside the books by design.
    [Property(MaxTest = 200)]
    public bool Equity_AfterAnyFills_IsStartingCashPlusRealizedPlusUnrealizedMinusFees(
        Tuple<bool, PositiveInt, PositiveInt, int>[] trades, PositiveInt btcMark, PositiveInt ethMark)
    {
        var sut = RandomTrades.Book(trades);
        sut.Mark(Some.BtcUsdt, RandomTrades.Price(btcMark));
        sut.Mark(Some.EthUsdt, RandomTrades.Price(ethMark));

        return sut.Equity == sut.StartingCash + sut.RealizedPnl + sut.UnrealizedPnl - sut.Fees;
    }

    [Property(MaxTest = 200)]
    public bool BuyThenSell_SameQuantityAndPriceWithoutFee_ReturnsToTheCashBefore(
        Tuple<bool, PositiveInt, PositiveInt, int>[] history, PositiveInt quantity, PositiveInt price)
    {
        var sut = RandomTrades.Book(history);
        var cashBefore = sut.Cash;
        var q = RandomTrades.Quantity(quantity);
        var p = RandomTrades.Price(price);

        sut.Apply(Fills.Buy(q, p));
        sut.Apply(Fills.Sell(q, p));

        var fresh = Some.CryptoPortfolio(1_000_000m);
        fresh.Apply(Fills.Buy(q, p));
        fresh.Apply(Fills.Sell(q, p));

        return sut.Cash == cashBefore && fresh.Cash == fresh.StartingCash && fresh.RealizedPnl == 0m && fresh.Equity == fresh.StartingCash;
    }

    [Property(MaxTest = 200)]
    public bool Strategies_AfterAnyFills_SumToThePortfolioTotals(Tuple<bool, PositiveInt, PositiveInt, int>[] trades, PositiveInt btcMark)
    {
        var sut = RandomTrades.Book(trades);
        sut.Mark(Some.BtcUsdt, RandomTrades.Price(btcMark));

        var strategies = sut.Strategies();

        return strategies.Sum(s => s.RealizedPnl) == sut.RealizedPnl
            && strategies.Sum(s => s.UnrealizedPnl) == sut.UnrealizedPnl
            && strategies.Sum(s => s.Fees) == sut.Fees
            && sut.Positions.GroupBy(p => p.Symbol).All(g => g.Sum(p => p.Quantity) == sut.NetQuantity(g.Key));
    }

    // Relative to |cash| + gross exposure, because equity itself can be near zero after random trades.
    [Property(MaxTest = 200)]
    public bool EquityEstimate_AfterAnyFillsAndDoubleMarks_AgreesWithExactEquity(
        Tuple<bool, PositiveInt, PositiveInt, int>[] trades, NormalFloat btcMark, NormalFloat ethMark)
    {
        var sut = RandomTrades.Book(trades);
        sut.Mark(0, Math.Abs(btcMark.Get) % 1e6);
        sut.Mark(1, Math.Abs(ethMark.Get) % 1e6);

        var exact = sut.Equity;
        var scale = Math.Max((double)Math.Abs(exact), (double)(Math.Abs(sut.Cash) + sut.Exposure.Gross));

        return scale == 0 || Math.Abs(sut.EquityEstimate - (double)exact) <= 1e-9 * scale;
    }
}
