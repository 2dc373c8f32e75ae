using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Time;
using Sextant.Tests.Shared;

namespace Sextant.Metrics.Tests;

public sealed class SextantMetricsTests
{
    [Fact]
    public async Task Listener_RealOrdersAndFills_CountsOrdersFillsAndLatency()
    {
        var sut = new SextantMetrics();
        var desk = new SimDesk("sim", "USDT", 100_000m, new SimulatedClock(new UnixNanos(SimDesk.Minute)), ("BTCUSDT", AssetClass.Crypto));
        desk.Orders.AddListener(new MetricsOrderListener(sut));
        desk.Bar("BTCUSDT", 20_000);

        await desk.TargetAsync("pair", "BTCUSDT", 0.5m, 20_000m);
        desk.Clock.Advance(TimeSpan.FromMinutes(1));
        desk.Bar("BTCUSDT", 20_100);

        var text = await sut.ExportTextAsync(CancellationToken.None);
        Assert.Contains("sextant_orders_submitted_total{broker=\"sim\",strategy=\"pair\"} 1", text);
        Assert.Contains("sextant_fills_total{broker=\"sim\",strategy=\"pair\"} 1", text);
        Assert.Contains("sextant_filled_notional_total{broker=\"sim\"} 10050", text);
        Assert.Contains("sextant_order_latency_seconds_count{broker=\"sim\"} 1", text);
        Assert.Contains("# TYPE sextant_order_latency_seconds histogram", text);
    }

    [Fact]
    public async Task BarToOrder_IsAHistogramPerBrokerInSeconds()
    {
        var sut = new SextantMetrics();

        sut.BarToOrder(new BrokerId("binanceus"), TimeSpan.FromMicroseconds(80));
        sut.BarToOrder(new BrokerId("binanceus"), TimeSpan.FromMilliseconds(3));

        var text = await sut.ExportTextAsync(CancellationToken.None);
        Assert.Contains("# TYPE sextant_bar_to_order_seconds histogram", text);
        Assert.Contains("sextant_bar_to_order_seconds_count{broker=\"binanceus\"} 2", text);
        Assert.Contains("sextant_bar_to_order_seconds_bucket{broker=\"binanceus\",le=\"0.0001\"} 1", text);
        Assert.Contains("sextant_bar_to_order_seconds_bucket{broker=\"binanceus\",le=\"0.005\"} 2", text);
    }

    [Fact]
    public async Task Listener_VenueReject_CountsByReason()
    {
        var sut = new SextantMetrics();
        var desk = new SimDesk("sim", "USDT", 100_000m, new SimulatedClock(new UnixNanos(SimDesk.Minute)), ("BTCUSDT", AssetClass.Crypto));
        desk.Orders.AddListener(new MetricsOrderListener(sut));
        desk.Bar("BTCUSDT", 20_000);

        // Below the venue's minimum notional (1 USDT): the venue rejects it with MinNotional.
        await desk.SubmitDirectAsync("pair", "BTCUSDT", OrderSide.Buy, 0.0001m, 5m);

        var text = await sut.ExportTextAsync(CancellationToken.None);
        Assert.Contains("sextant_order_rejects_total{broker=\"sim\",reason=\"min_notional\"} 1", text);
    }

    [Fact]
    public async Task Export_GaugesAndCounters_WritesPrometheusText()
    {
        var sut = new SextantMetrics();
        sut.Equity(new BrokerId("binanceus"), 101_000.5m, 0.02);
        sut.TotalEquity(201_000m, 0.01);
        sut.DataLag("binanceus/BTCUSDT/1m", TimeSpan.FromSeconds(3));
        sut.RequestWeight(new BrokerId("binanceus"), 120);
        sut.Reconnected(new BrokerId("binanceus"), "user_data");
        sut.Reconnected(new BrokerId("binanceus"), "user_data");
        sut.Rejected(new BrokerId("alpaca"), RejectReason.KillSwitch);

        var text = await sut.ExportTextAsync(CancellationToken.None);

        Assert.Contains("sextant_equity{broker=\"binanceus\"} 101000.5", text);
        Assert.Contains("sextant_equity{broker=\"total\"} 201000", text);
        Assert.Contains("sextant_drawdown_ratio{broker=\"binanceus\"} 0.02", text);
        Assert.Contains("sextant_data_lag_seconds{source=\"binanceus/BTCUSDT/1m\"} 3", text);
        Assert.Contains("sextant_request_weight_used{broker=\"binanceus\"} 120", text);
        Assert.Contains("sextant_reconnects_total{broker=\"binanceus\",stream=\"user_data\"} 2", text);
        Assert.Contains("sextant_order_rejects_total{broker=\"alpaca\",reason=\"kill_switch\"} 1", text);
    }

    [Fact]
    public async Task NewInstance_OwnRegistry_DoesNotSeeAnotherInstancesCounts()
    {
        var first = new SextantMetrics();
        first.Reconnected(new BrokerId("a"), "bars");

        var sut = new SextantMetrics();

        Assert.DoesNotContain("broker=\"a\"", await sut.ExportTextAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData(RejectReason.MinNotional, "min_notional")]
    [InlineData(RejectReason.None, "none")]
    [InlineData(RejectReason.InsufficientBalance, "insufficient_balance")]
    public void ReasonLabel_EnumName_IsSnakeCase(RejectReason reason, string expected) =>
        Assert.Equal(expected, SextantMetrics.ReasonLabel(reason));
}
