using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Signals;
using Sextant.Core.Time;

namespace Sextant.Core.Tests.Signals;

public sealed class SignalJsonTests
{
    private static Signal Sample() => new(
        new Symbol("BTCUSDT"), SignalAction.Target, AssetClass.Crypto, new StrategyId("btc_eth_pair"), new UnixNanos(1_679_004_900_000_000_123),
        targetQuantity: -0.36377195136369010267463327m, orderType: OrderType.Limit, limitPrice: 27484.26m, timeInForce: TimeInForce.Ioc,
        metadata: new Dictionary<string, object>
        {
            ["reason"] = "entry_short",
            ["z"] = 2.0312345678901234,
            ["half_life"] = double.PositiveInfinity,
            ["notional"] = 10000.00m,
            ["bars"] = 240L,
            ["leg"] = 1,
            ["retested"] = true,
        });

    [Fact]
    public void Serialize_ThenDeserialize_GivesTheSameSignalExactly()
    {
        var original = Sample();
        var copy = SignalJson.Deserialize(SignalJson.Serialize(original));

        Assert.Equal((original.Symbol, original.Action, original.AssetClass, original.Strategy, original.Time),
            (copy.Symbol, copy.Action, copy.AssetClass, copy.Strategy, copy.Time));
        Assert.Equal((original.TargetQuantity, original.OrderType, original.LimitPrice, original.TimeInForce, original.Quantity),
            (copy.TargetQuantity, copy.OrderType, copy.LimitPrice, copy.TimeInForce, copy.Quantity));
        Assert.Equal(original.Metadata.OrderBy(m => m.Key), copy.Metadata.OrderBy(m => m.Key));
        Assert.IsType<decimal>(copy.Metadata["notional"]);
        Assert.IsType<long>(copy.Metadata["bars"]);
        Assert.IsType<int>(copy.Metadata["leg"]);
    }

    [Fact]
    public void Serialize_IsReadableSnakeCaseJson()
    {
        var json = SignalJson.Serialize(Sample());

        Assert.Contains("\"symbol\":\"BTCUSDT\"", json, StringComparison.Ordinal);
        Assert.Contains("\"target_quantity\":-0.36377195136369010267463327", json, StringComparison.Ordinal);
        Assert.Contains("\"asset_class\":\"crypto\"", json, StringComparison.Ordinal);
        Assert.Contains("\"z\":2.0312345678901234", json, StringComparison.Ordinal);
        Assert.Contains("\"notional\":{\"$decimal\":\"10000.00\"}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_WritesTheSameTextEveryTime_MetadataInOrdinalKeyOrder()
    {
        // Pinned from the first version, which sorted the metadata with LINQ and formatted enums and time through strings.
        const string Expected = @"{""symbol"":""BTCUSDT"",""action"":""target"",""asset_class"":""crypto"",""strategy"":""btc_eth_pair"",""time"":""2023-03-16T22:15:00.000000123Z"",""time_ns"":1679004900000000123,""target_quantity"":-0.36377195136369010267463327,""order_type"":""limit"",""limit_price"":27484.26,""time_in_force"":""ioc"",""metadata"":{""bars"":{""$long"":240},""half_life"":{""$double"":""Infinity""},""leg"":{""$int"":1},""notional"":{""$decimal"":""10000.00""},""reason"":""entry_short"",""retested"":true,""z"":2.0312345678901234}}";

        Assert.Equal(Expected, SignalJson.Serialize(Sample()));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"symbol\":\"BTCUSDT\",\"action\":\"target\",\"asset_class\":\"crypto\",\"strategy\":\"s\",\"time_ns\":1,\"order_type\":\"market\",\"time_in_force\":\"gtc\",\"metadata\":{}}")]
    public void Deserialize_NotASignal_ThrowsNamingWhy(string json)
    {
        var error = Assert.ThrowsAny<Exception>(() => SignalJson.Deserialize(json));
        Assert.True(error is FormatException or ArgumentException, error.GetType().Name);
    }
}
