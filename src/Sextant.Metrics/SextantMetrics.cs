using System.Globalization;
using Prometheus;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;

namespace Sextant.Metrics;

/// <summary>
/// Every Prometheus metric of a run, in one registry: the engine, the order path (<see cref="MetricsOrderListener"/>)
/// and the venue adapters update it; the dashboard serves <see cref="ExportAsync"/> at <c>/metrics</c>. Each instance
/// owns its registry, so two engines (or two tests) in one process never mix their counts. Thread-safe.
/// </summary>
public sealed class SextantMetrics
{
    /// <summary>Buckets of <c>sextant_order_latency_seconds</c>: 1 ms to 30 s, roughly doubling.</summary>
    public static IReadOnlyList<double> LatencyBuckets { get; } = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    /// <summary>Buckets of <c>sextant_bar_to_order_seconds</c>: 50 µs to 1 s.</summary>
    public static IReadOnlyList<double> ReactionBuckets { get; } = [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];

    private readonly Counter _submitted;
    private readonly Counter _fills;
    private readonly Counter _filledNotional;
    private readonly Counter _rejects;
    private readonly Histogram _latency;
    private readonly Histogram _reaction;
    private readonly Gauge _equity;
    private readonly Gauge _drawdown;
    private readonly Gauge _dataLag;
    private readonly Gauge _requestWeight;
    private readonly Counter _reconnects;
    private readonly Gauge _connected;
    private readonly Gauge _openOrders;
    private readonly Gauge _killSwitch;

    /// <summary>Creates the metric set in a fresh registry.</summary>
    public SextantMetrics()
    {
        Registry = Prometheus.Metrics.NewCustomRegistry();
        var factory = Prometheus.Metrics.WithCustomRegistry(Registry);
        _submitted = factory.CreateCounter("sextant_orders_submitted_total", "Orders sent to a venue.", "broker", "strategy");
        _fills = factory.CreateCounter("sextant_fills_total", "Fills booked (duplicates excluded).", "broker", "strategy");
        _filledNotional = factory.CreateCounter("sextant_filled_notional_total", "Σ price × quantity of fills, quote units of the broker.", "broker");
        _rejects = factory.CreateCounter("sextant_order_rejects_total", "Orders rejected by the venue or refused before sending, by reason.", "broker", "reason");
        _latency = factory.CreateHistogram("sextant_order_latency_seconds", "Time from sending an order to the venue's acknowledgement.", new HistogramConfiguration
        {
            LabelNames = ["broker"],
            Buckets = [.. LatencyBuckets],
        });
        _reaction = factory.CreateHistogram("sextant_bar_to_order_seconds", "Time from a bar reaching the engine to the order it led to being handed to the venue: the engine's own reaction (strategy, journal, sizing, risk, the request).", new HistogramConfiguration
        {
            LabelNames = ["broker"],
            Buckets = [.. ReactionBuckets],
        });
        _equity = factory.CreateGauge("sextant_equity", "Equity per broker in its quote asset; broker=\"total\" in the reporting asset.", "broker");
        _drawdown = factory.CreateGauge("sextant_drawdown_ratio", "Drawdown from the equity peak as a fraction (0.1 = 10%).", "broker");
        _dataLag = factory.CreateGauge("sextant_data_lag_seconds", "Age of the newest market data per source when last checked.", "source");
        _requestWeight = factory.CreateGauge("sextant_request_weight_used", "Venue request weight used in the current window (Binance US X-MBX-USED-WEIGHT-1M).", "broker");
        _reconnects = factory.CreateCounter("sextant_reconnects_total", "Stream reconnects per broker and stream.", "broker", "stream");
        _connected = factory.CreateGauge("sextant_broker_connected", "1 while the broker's streams are connected, else 0.", "broker");
        _openOrders = factory.CreateGauge("sextant_open_orders", "Orders working at the venue.", "broker");
        _killSwitch = factory.CreateGauge("sextant_kill_switch", "1 once the broker's kill switch has tripped, else 0.", "broker");
    }

    /// <summary>The registry holding every metric of this set.</summary>
    public CollectorRegistry Registry { get; }

    /// <summary>Counts an order sent to <paramref name="broker"/>.</summary>
    public void OrderSubmitted(BrokerId broker, StrategyId strategy) => _submitted.WithLabels(broker.Value, strategy.Value).Inc();

    /// <summary>Counts a booked fill and adds its notional.</summary>
    public void Filled(Fill fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        _fills.WithLabels(fill.Broker.Value, fill.Strategy.Value).Inc();
        _filledNotional.WithLabels(fill.Broker.Value).Inc((double)fill.Notional);
    }

    /// <summary>Counts a rejected or refused order by reason (snake_case of <see cref="RejectReason"/>).</summary>
    public void Rejected(BrokerId broker, RejectReason reason) => _rejects.WithLabels(broker.Value, ReasonLabel(reason)).Inc();

    /// <summary>Records the time from sending an order to its acknowledgement.</summary>
    public void OrderLatency(BrokerId broker, TimeSpan latency) => _latency.WithLabels(broker.Value).Observe(Math.Max(0, latency.TotalSeconds));

    /// <summary>Records the engine's reaction: from a bar reaching it to the order that bar led to being handed to <paramref name="broker"/>'s venue.</summary>
    public void BarToOrder(BrokerId broker, TimeSpan reaction) => _reaction.WithLabels(broker.Value).Observe(Math.Max(0, reaction.TotalSeconds));

    /// <summary>Sets a broker's equity (quote units) and drawdown (fraction of the peak).</summary>
    public void Equity(BrokerId broker, decimal equity, double drawdown) => Equity(broker.Value, equity, drawdown);

    /// <summary>Sets the total equity over every broker (reporting asset) and its drawdown, labelled <c>broker="total"</c>.</summary>
    public void TotalEquity(decimal equity, double drawdown) => Equity("total", equity, drawdown);

    /// <summary>Sets how old the newest data of <paramref name="source"/> is (e.g. <c>binanceus/BTCUSDT/1m</c>).</summary>
    public void DataLag(string source, TimeSpan lag)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        _dataLag.WithLabels(source).Set(lag.TotalSeconds);
    }

    /// <summary>Sets the request weight used in the venue's current window.</summary>
    public void RequestWeight(BrokerId broker, int used) => _requestWeight.WithLabels(broker.Value).Set(used);

    /// <summary>Counts a reconnect of <paramref name="stream"/> (e.g. <c>user_data</c>, <c>trade_updates</c>, <c>bars</c>).</summary>
    public void Reconnected(BrokerId broker, string stream)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stream);
        _reconnects.WithLabels(broker.Value, stream).Inc();
    }

    /// <summary>Raises the reconnect count of <paramref name="stream"/> to <paramref name="total"/> (a source's own running count); shows 0 before the first.</summary>
    public void Reconnects(BrokerId broker, string stream, int total)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stream);
        _reconnects.WithLabels(broker.Value, stream).IncTo(Math.Max(0, total));
    }

    /// <summary>Sets whether the kill switch of <paramref name="broker"/> has tripped.</summary>
    public void KillSwitch(BrokerId broker, bool tripped) => _killSwitch.WithLabels(broker.Value).Set(tripped ? 1 : 0);

    /// <summary>Sets whether the broker's streams are connected.</summary>
    public void Connected(BrokerId broker, bool connected) => _connected.WithLabels(broker.Value).Set(connected ? 1 : 0);

    /// <summary>Sets the number of orders working at the venue.</summary>
    public void OpenOrders(BrokerId broker, int count) => _openOrders.WithLabels(broker.Value).Set(count);

    /// <summary>Writes every metric in the Prometheus text format (version 0.0.4) to <paramref name="destination"/>.</summary>
    public Task ExportAsync(Stream destination, CancellationToken cancellationToken) =>
        Registry.CollectAndExportAsTextAsync(destination, cancellationToken);

    /// <summary>The Prometheus text as a string (for tests and the CLI).</summary>
    public async Task<string> ExportTextAsync(CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await ExportAsync(buffer, cancellationToken).ConfigureAwait(false);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The label value of a reason: <c>MinNotional</c> → <c>min_notional</c>.</summary>
    public static string ReasonLabel(RejectReason reason)
    {
        var name = reason.ToString();
        var text = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLower(name[i], CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private void Equity(string broker, decimal equity, double drawdown)
    {
        _equity.WithLabels(broker).Set((double)equity);
        _drawdown.WithLabels(broker).Set(drawdown);
    }
}
