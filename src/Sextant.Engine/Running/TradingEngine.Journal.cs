using System.Globalization;
using System.Text.Json.Nodes;
using Sextant.Core.Time;
using Sextant.Core.Orders;
using Sextant.Engine.Journal;

namespace Sextant.Engine.Running;

/// <content>The journal, the progress lines, and what the order managers report (journaled unless it is a replay of the journal itself).</content>
public sealed partial class TradingEngine
{
    internal void OnOrderUpdated(EngineBroker broker, Order order)
    {
        if (_replaying)
        {
            return;
        }

        if (JournalRecords.TypeOf(order) is { } type)
        {
            _journal.Append(broker.Clock.GetUnixNanos(), type, broker.Name, order.Id.Value, w => JournalRecords.WriteOrder(w, order), flush: true);
        }

        if (order.Status == OrderStatus.Rejected && order.Events[^1] is OrderRejected { Code: RejectReason.InsufficientBalance } rejected)
        {
            Say($"insufficient balance: {broker.Name} rejected {order.Id} ({order.Side.ToString().ToLowerInvariant()} {order.Quantity} {order.Symbol}): {rejected.Reason}");
        }

    }

    internal void OnFill(EngineBroker broker, Order order, Fill fill)
    {
        if (_replaying)
        {
            return;
        }

        broker.Fills++;
        Write(JournalEntryType.Fill, broker, order.Id.Value, JournalRecords.FillData(fill));
        Say(string.Create(CultureInfo.InvariantCulture,
            $"fill: {broker.Name} {fill.Side.ToString().ToLowerInvariant()} {decimal.Round(fill.Quantity.Value, 8)} {fill.Symbol} @ {fill.Price.Value:0.####} ({order.Strategy}, {order.Id}) at {fill.Time.ToDateTimeOffset():yyyy-MM-dd HH:mm}"));
    }

    /// <summary>Journals <paramref name="signal"/> with the sequence number its broker will give it; flushed with the order request it leads to (or at the end of the bar).</summary>
    private void JournalSignal(EngineBroker broker, Core.Signals.Signal signal)
    {
        var sequence = broker.Context.LastSequence(signal.Strategy) + 1;
        _journal.Append(broker.Clock.GetUnixNanos(), JournalEntryType.Signal, broker.Name, null,
            w => Core.Signals.SignalJson.Write(w, signal, x => x.WriteNumber("sequence", sequence)), flush: false);
    }

    /// <summary>Appends an entry about <paramref name="broker"/> at its clock's time; flushed to disk before this returns.</summary>
    private void Write(JournalEntryType type, EngineBroker? broker, string? orderId, JsonObject data) =>
        _journal.Append(broker?.Clock.GetUnixNanos() ?? EngineNow, type, broker?.Name, orderId, data, flush: type != JournalEntryType.Signal);

    /// <summary>The engine's time for entries about no broker: market time when every broker is simulated, else the wall clock.</summary>
    private Core.Time.UnixNanos EngineNow => _brokers.Values.Any(b => b.Venue == BrokerVenue.Adapter) ? _options.Time.GetUnixNanos() : _clock.Now;

    private void Note(string what, JsonObject data)
    {
        data["event"] = what;
        var broker = (string?)data["broker"] is { } name && _brokers.TryGetValue(name, out var b) ? b : null;
        _journal.Append(broker?.Clock.GetUnixNanos() ?? EngineNow, JournalEntryType.Note, null, null, data);
    }

    private void Say(string line)
    {
        lock (_log)
        {
            _log.WriteLine(line);
        }
    }
}
