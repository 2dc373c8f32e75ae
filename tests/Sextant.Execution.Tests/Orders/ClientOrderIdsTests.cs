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

    [Theory]
    [InlineData("btc_eth_pair", 31L, 1, 2)]
    [InlineData("a-strategy-with-dashes", 0L, 0, 0)]
    [InlineData("x", long.MaxValue, 9, 99)]
    public void TryParse_AnIdItMade_GivesItsPartsBack(string strategy, long sequence, int leg, int attempt)
    {
        var id = ClientOrderIds.Create(new StrategyId(strategy), sequence, leg, attempt);

        Assert.True(ClientOrderIds.TryParse(id, out var s, out var l, out var a));
        Assert.Equal((sequence, leg, attempt), (s, l, a));
    }

    [Theory]
    [InlineData("1f-1-2")] // three fields without a prefix
    [InlineData("pair-1f-1")]
    [InlineData("pair-zz-1-2")]
    [InlineData("pair-1f--2")]
    [InlineData("pair-1f-1-x2")]
    [InlineData("pair-1f-1-")]
    [InlineData("Ab3kZ9xQ1")] // another client's id at the venue
    public void TryParse_AnyOtherId_IsFalse(string text)
    {
        Assert.False(ClientOrderIds.TryParse(new Sextant.Core.Orders.ClientOrderId(text), out _, out _, out _));
    }

    [Fact]
    public void TryParse_AnIdWithAnEmptyPrefix_ReadsTheFieldsAsBefore()
    {
        Assert.True(ClientOrderIds.TryParse(new Sextant.Core.Orders.ClientOrderId("-1f-1-2"), out var s, out var l, out var a));
        Assert.Equal((31L, 1, 2), (s, l, a));
    }
}
