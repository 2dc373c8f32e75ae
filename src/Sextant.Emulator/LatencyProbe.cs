using System.Collections.Concurrent;
using System.Diagnostics;

namespace Sextant.Emulator;

/// <summary>
/// Timestamps taken inside the emulator for latency measurements (<see cref="Stopwatch.GetTimestamp"/> ticks): when each
/// closed kline was handed to a stream socket, and when each new order's HTTP request arrived (before any middleware),
/// so bar-to-order latency is measured where a venue would see it. Thread-safe; the first timestamp of each key is kept.
/// </summary>
public sealed class LatencyProbe
{
    private readonly ConcurrentDictionary<(string Symbol, long OpenMs), long> _barsSent = new();
    private readonly ConcurrentDictionary<string, long> _ordersReceived = new(StringComparer.Ordinal);

    /// <summary>When the kline of <c>(symbol, bar open time in Unix ms)</c> was handed to the first stream socket.</summary>
    public IReadOnlyDictionary<(string Symbol, long OpenMs), long> BarsSent => _barsSent;

    /// <summary>When the request of each new order (by client order id) arrived.</summary>
    public IReadOnlyDictionary<string, long> OrdersReceived => _ordersReceived;

    internal void BarSent(string symbol, long openMs, long timestamp) => _barsSent.TryAdd((symbol, openMs), timestamp);

    internal void OrderReceived(string clientOrderId, long timestamp) => _ordersReceived.TryAdd(clientOrderId, timestamp);
}
