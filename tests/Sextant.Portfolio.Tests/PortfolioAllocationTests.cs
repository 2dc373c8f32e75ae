using Sextant.Core.Instruments;
using Sextant.Portfolio.Tests.Support;

namespace Sextant.Portfolio.Tests;

// The per-bar path of the backtest (style §36): marking by index and reading the double equity must not allocate.
public sealed class PortfolioAllocationTests
{
    [Fact]
    public void MarkAndEquityEstimate_TenThousandBars_AllocateNothing()
    {
        var sut = Some.CryptoPortfolio(1_000_000m);
        sut.AddInstrument(new Symbol("SOLUSDT"), AssetClass.Crypto, new Asset("SOL"));
        sut.Apply(Fills.Buy(1.5m, 30_000m));
        sut.Apply(Fills.Sell(20m, 2_000m, Some.EthUsdt));
        double[] closes = [30_000, 2_000, 25];
        var sink = Run(sut, closes, 1_000);

        var before = GC.GetAllocatedBytesForCurrentThread();
        sink += Run(sut, closes, 10_000);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0L, allocated);
        Assert.True(double.IsFinite(sink));
    }

    private static double Run(Portfolio portfolio, double[] closes, int bars)
    {
        var sum = 0.0;
        for (var bar = 0; bar < bars; bar++)
        {
            for (var i = 0; i < closes.Length; i++)
            {
                portfolio.Mark(i, closes[i] + (bar % 7));
            }

            sum += portfolio.EquityEstimate;
        }

        return sum;
    }
}
