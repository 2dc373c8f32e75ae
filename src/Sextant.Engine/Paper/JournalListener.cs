using System.Globalization;
using System.Text.Json.Nodes;
using Sextant.Core.Orders;
using Sextant.Engine.Journal;
using Sextant.Execution.Orders;

namespace Sextant.Engine.Paper;

/// <summary>Writes every order event of one broker to the journal as the order manager applies it (the request before it is sent).</summary>
internal sealed class JournalListener(PaperEngine engine, string broker) : IOrderListener
{
    public void OnFill(Order order, Fill fill) => engine.OnFill(broker, order, fill);

    public void OnOrderUpdated(Order order)
    {
        var type = order.Status switch
        {
            OrderStatus.Submitted => JournalEntryType.OrderRequest,
            OrderStatus.Accepted => JournalEntryType.Ack,
            OrderStatus.Rejected or OrderStatus.Denied => JournalEntryType.Reject,
            OrderStatus.PendingCancel => JournalEntryType.CancelRequest,
            OrderStatus.Canceled or OrderStatus.Expired => JournalEntryType.Canceled,
            _ => (JournalEntryType?)null,
        };
        if (type is { } t)
        {
            engine.Journal(t, broker, order.Id.Value, new JsonObject
            {
                ["symbol"] = order.Symbol.Value,
                ["side"] = order.Side.ToString().ToLowerInvariant(),
                ["quantity"] = order.Quantity.Value,
                ["type"] = order.OrderType.ToString().ToLowerInvariant(),
                ["status"] = order.Status.ToString().ToLowerInvariant(),
                ["strategy"] = order.Strategy.Value,
                ["filled"] = order.FilledQuantity.Value.ToString(CultureInfo.InvariantCulture),
            });
        }
    }
}
