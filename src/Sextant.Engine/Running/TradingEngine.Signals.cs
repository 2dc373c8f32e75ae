using System.Text.Json.Nodes;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Signals;
using Sextant.Core.Time;
using Sextant.Data.Sources;
using Sextant.Engine.Journal;

namespace Sextant.Engine.Running;

/// <content>Signals: routing to the strategy's broker, journaling, refusals said once, and the warm-up on history.</content>
public sealed partial class TradingEngine
{
    private const int MaxWarmupBars = 100_000;
    private readonly HashSet<(string Broker, string Strategy, string Symbol, RejectReason Reason)> _said = [];
    private readonly HashSet<string> _haltSaid = new(StringComparer.Ordinal);

    private async Task PlaceAsync(StrategyFeed feed, Signal signal, CancellationToken cancellationToken)
    {
        if (_stopping)
        {
            return;
        }

        _signals++;
        feed.Signals++;
        var broker = feed.Broker;
        var context = broker.Context;
        JournalSignal(broker, signal);
        ObserveSignal(broker, signal); // observability
        if (broker.HaltReason is { } halted)
        {
            if (_haltSaid.Add(broker.Name))
            {
                Say($"{broker.Name}: not trading ({halted}); signals for it are journaled and dropped");
            }

            return;
        }

        var price = (decimal)feed.CloseAt(signal.Symbol, signal.Time);
        var placing = context.PlaceOrderAsync(signal, price, cancellationToken);
        var handedOver = _options.Time.GetTimestamp(); // the request is with the venue (or its answer is back) once the call returns
        var result = await placing.ConfigureAwait(false);
        if (result.Order is { Status: not OrderStatus.Denied } && _barArrivedAt != 0)
        {
            ObserveOrderSent(broker, _options.Time.GetElapsedTime(_barArrivedAt, handedOver)); // observability
        }

        if (result.Refused)
        {
            Refused(broker, signal, result.Reason, result.Message ?? result.Reason.ToString());
        }
        else if (result.Order is { Status: OrderStatus.Rejected } order && order.Events[^1] is OrderRejected rejected)
        {
            Refused(broker, signal, rejected.Code, "the venue rejected " + order.Id + ": " + rejected.Reason);
        }
    }

    /// <summary>A refusal is journaled every time and said once per broker, strategy, symbol and reason, so a strategy that keeps asking does not flood the console.</summary>
    private void Refused(EngineBroker broker, Signal signal, RejectReason reason, string message)
    {
        var what = reason switch
        {
            RejectReason.MinNotional => "dust",
            RejectReason.InsufficientBalance => "insufficient balance",
            _ => "refused",
        };
        ObserveRefused(broker, signal, reason, message); // observability
        Note("refused", new JsonObject { ["broker"] = broker.Name, ["strategy"] = signal.Strategy.Value, ["symbol"] = signal.Symbol.Value, ["reason"] = reason.ToString(), ["detail"] = message });
        if (_said.Add((broker.Name, signal.Strategy.Value, signal.Symbol.Value, reason)))
        {
            Log.NotPlaced(_logger, signal.Strategy.Value, signal.Symbol.Value, broker.Name, message);
            var tail = reason switch
            {
                RejectReason.MinNotional => "; below the venue's minimum notional, so it is not traded (said once)",
                RejectReason.InsufficientBalance => $"; {signal.Strategy}/{signal.Symbol} sends nothing more that adds exposure until a fill or cancel at {broker.Name} changes the balance (said once)",
                _ => string.Empty,
            };
            Say($"{what}: {signal.Strategy} {signal.Symbol} at {broker.Name}: {reason}: {message}{tail}");
        }
    }

    /// <summary>
    /// Before a strategy's first live bar: replays history through it (no orders) so it trades from the first bar, and
    /// after a restart holds the state an uninterrupted run would hold: the replay starts before the first live bar the
    /// journal recorded for it. Where, after a restart, the replayed strategy wants the other side of what the books hold
    /// for it (long against flat or short, flat against a position), one corrective signal brings the books in line.
    /// </summary>
    private async Task WarmUpAsync(StrategyFeed feed, UnixNanos firstLive, CancellationToken cancellationToken)
    {
        feed.Warmed = true;
        var id = feed.Strategy.Id.Value;
        var restart = _past.Traded(id);
        if (_past.FirstBar(id) is null)
        {
            Note("strategy_first_bar", new JsonObject { ["strategy"] = id, ["bar_ns"] = firstLive.Value });
        }

        var bars = _config.Engine.WarmupBars ?? feed.Keep;
        if (bars == 0)
        {
            return;
        }

        var interval = feed.Series[0].Interval.Duration;
        var start = firstLive - (interval * bars);
        if (_past.FirstBar(id) is { } began && (began - (interval * bars)).Value < start.Value)
        {
            start = began - (interval * bars);
        }

        if ((firstLive - start) > interval * MaxWarmupBars)
        {
            start = firstLive - (interval * MaxWarmupBars);
        }

        List<BarSeries> history = [];
        try
        {
            foreach (var key in feed.Series)
            {
                history.Add(await _history[key.Venue.Value].GetBarsAsync(key, new TimeRange(start, firstLive), cancellationToken).ConfigureAwait(false));
            }
        }
        catch (Exception ex) when (ex is DataException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Log.WarmupFailed(_logger, id, ex.Message);
            Say($"warm-up of {id} failed ({ex.Message}); it starts cold and trades once it has seen enough live bars");
            return;
        }

        var (rows, intent) = feed.WarmUp(history);
        var corrections = restart ? Corrections(feed, intent, firstLive) : [];
        Note("warmup", new JsonObject
        {
            ["strategy"] = id, ["rows"] = rows, ["from_ns"] = start.Value, ["to_ns"] = firstLive.Value, ["corrections"] = corrections.Count,
        });
        Log.WarmedUp(_logger, id, rows, start.ToString(), firstLive.ToString(), corrections.Count);
        if (rows > 0)
        {
            Say($"{id}: warmed up on {rows} bar(s) of history{(corrections.Count > 0 ? $"; {corrections.Count} corrective signal(s) bring the books in line with the replayed strategy" : string.Empty)}");
        }

        foreach (var signal in corrections)
        {
            await PlaceAsync(feed, signal, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>For each symbol: the replayed strategy's intended side against the books' side for the strategy; a signal where they differ.</summary>
    private static List<Signal> Corrections(StrategyFeed feed, IReadOnlyDictionary<Symbol, Signal> intent, UnixNanos now)
    {
        var corrections = new List<Signal>();
        var portfolio = feed.Broker.Context.Portfolio;
        foreach (var key in feed.Series)
        {
            var held = portfolio.PositionOf(feed.Strategy.Id, key.Symbol)?.Quantity ?? 0m;
            var wanted = intent.TryGetValue(key.Symbol, out var last) ? Side(last) : 0;
            if (wanted == Math.Sign(held))
            {
                continue;
            }

            var metadata = new Dictionary<string, object>(StringComparer.Ordinal) { ["reason"] = "restart_reconcile" };
            corrections.Add(last is null || wanted == 0
                ? new Signal(key.Symbol, SignalAction.Flatten, feed.Strategy.AssetClass, feed.Strategy.Id, now, metadata: metadata)
                : new Signal(key.Symbol, last.Action, last.AssetClass, last.Strategy, now, last.Quantity, last.Notional, last.TargetQuantity, last.TargetNotional,
                    metadata: last.Metadata.Concat(metadata).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal)));
        }

        return corrections;
    }

    private static int Side(Signal signal) => signal.Action switch
    {
        SignalAction.Flatten => 0,
        SignalAction.Target => Math.Sign(signal.TargetQuantity ?? signal.TargetNotional ?? 0m),
        SignalAction.Buy => 1,
        _ => -1,
    };
}
