using Sextant.Core.Instruments;
using Sextant.Execution.Orders;

namespace Sextant.Execution.Tests.Orders;

public sealed class ClientOrderIdsTests
{
    [Fact]
    public void Create_SameInputs_SameId() =>
        Assert.Equal(ClientOrderIds.Create(new StrategyId("btc_eth_pair"), 31, 1, 0), ClientOrderIds.Create(new StrategyId("btc_eth_pair"), 31, 1, 0));

    [Fact]
    public void Create_Format_IsPrefixSequenceLegAttempt() =>
        Assert.Equal("btc_eth_pair-1f-1-2", ClientOrderIds.Create(new StrategyId("btc_eth_pair"), 31, 1, 2).Value);

    [Fact]
    public void Create_LongStrategyAndLargeSequence_FitsBinanceLimit()
    {
        var sut = ClientOrderIds.Create(new StrategyId(new string('a', 64)), long.MaxValue, 9, 99);

        Assert.True(sut.Value.Length <= 36, sut.Value);
    }
}
