using Sextant.Backtest.Engine;
using Sextant.Core.Amounts;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Time;

namespace Sextant.Backtest.Tests.Engine;

public sealed class ResultOrderTests
{
    private static Order Order(string id, long minute) => Core.Orders.Order.Create(new ClientOrderId(id), new StrategyId("pairs"), new BrokerId("sim"),
        new Symbol("BTCUSDT"), AssetClass.Crypto, OrderSide.Buy, OrderType.Market, new Quantity(1m), null, TimeInForce.Gtc, new UnixNanos(minute * 60_000_000_000L));

    private static List<Order> Reference(IEnumerable<IEnumerable<Order>> brokers) =>
        [.. brokers.SelectMany(o => o).OrderBy(o => o.CreatedAt.Value).ThenBy(o => o.Id.Value, StringComparer.Ordinal)];

    [Fact]
    public void Orders_OneBrokerInCreationOrder_SortsTheLegsOfAnInstantByIdLikeAStableSort()
    {
        // Sequence numbers are hex: at the instant the 16th signal is made, "pairs-10-…" sorts before "pairs-f-…".
        IReadOnlyList<Order>[] brokers = [[Order("pairs-e-0-0", 1), Order("pairs-f-0-0", 2), Order("pairs-10-0-0", 2), Order("pairs-11-0-0", 3), Order("pairs-11-0-1", 3)]];

        var sut = ResultOrder.Orders(brokers);

        Assert.Equal(Reference(brokers).Select(o => o.Id), sut.Select(o => o.Id));
        Assert.Equal("pairs-10-0-0", sut[1].Id.Value);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    public void Orders_RandomRuns_MatchTheStableSortAndCountEachStrategy(int seed, int brokerCount)
    {
        // Each broker makes its orders in time order, several at an instant (legs), with hex sequence numbers that cross
        // digit counts; two strategies share the brokers. The one-pass sort and count must equal the stable sort's.
        var random = new Random(seed);
        var strategies = new[] { new StrategyId("pairs"), new StrategyId("momo") };
        var brokers = new List<IReadOnlyList<Order>>();
        var expectedCounts = new int[2];
        for (var b = 0; b < brokerCount; b++)
        {
            var orders = new List<Order>();
            var minute = 0L;
            for (var sequence = 1; sequence < 600; sequence++)
            {
                minute += random.Next(3); // 0: the same instant as the last signal
                var k = random.Next(2);
                expectedCounts[k]++;
                orders.Add(Core.Orders.Order.Create(new ClientOrderId($"{strategies[k].Value}-{sequence:x}-{b}-0"), strategies[k], new BrokerId("sim"),
                    new Symbol("BTCUSDT"), AssetClass.Crypto, OrderSide.Buy, OrderType.Market, new Quantity(1m), null, TimeInForce.Gtc,
                    new UnixNanos(minute * 60_000_000_000L)));
            }

            brokers.Add(orders);
        }

        var counts = new int[2];
        var sut = ResultOrder.Orders(brokers, strategies, counts);

        Assert.Equal(Reference(brokers).Select(o => o.Id), sut.Select(o => o.Id));
        Assert.Equal(expectedCounts, counts);
    }

    [Fact]
    public void Orders_TwoBrokersInterleavedInTime_FallsBackToTheStableSort()
    {
        IReadOnlyList<Order>[] brokers = [[Order("a-1-0-0", 1), Order("a-2-0-0", 5)], [Order("b-1-0-0", 2), Order("b-2-0-0", 5)]];

        Assert.Equal(Reference(brokers).Select(o => o.Id), ResultOrder.Orders(brokers).Select(o => o.Id));
    }

    [Fact]
    public void Fills_OutOfTimeOrder_AreSortedStably()
    {
        Fill At(string trade, long minute) => new(new ClientOrderId("pairs-1-0-0"), null, trade, new Symbol("BTCUSDT"), OrderSide.Buy, new Quantity(1m),
            new Price(10m), Money.Zero(new Asset("USDT")), Liquidity.Taker, new UnixNanos(minute), new StrategyId("pairs"), new BrokerId("sim"));
        IReadOnlyList<Fill>[] brokers = [[At("1", 1), At("2", 3)], [At("3", 2), At("4", 3)]];

        Assert.Equal(["1", "3", "2", "4"], ResultOrder.Fills(brokers).Select(f => f.TradeId));
        Assert.Equal(["1", "2"], ResultOrder.Fills([brokers[0]]).Select(f => f.TradeId));
    }
}
