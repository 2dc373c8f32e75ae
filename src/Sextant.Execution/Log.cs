using Microsoft.Extensions.Logging;
using Sextant.Core.Orders;

namespace Sextant.Execution;

/// <summary>Log events of Sextant.Execution (ids 3000–3099). Every line about an order carries its client order id, strategy and broker.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Order {ClientOrderId} submitted: {Side} {Quantity} {Symbol} ({Strategy} via {Broker})")]
    public static partial void Submitted(ILogger logger, string clientOrderId, OrderSide side, decimal quantity, string symbol, string strategy, string broker);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Order {ClientOrderId} rejected ({Reason}): {Message} ({Strategy} via {Broker})")]
    public static partial void Rejected(ILogger logger, string clientOrderId, RejectReason reason, string? message, string strategy, string broker);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Order {ClientOrderId} filled {Quantity} {Symbol} at {Price} ({Strategy} via {Broker})")]
    public static partial void Filled(ILogger logger, string clientOrderId, decimal quantity, string symbol, decimal price, string strategy, string broker);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Error, Message = "Order {ClientOrderId}: {Error}; flagged for reconciliation ({Strategy} via {Broker})")]
    public static partial void IllegalTransition(ILogger logger, string clientOrderId, string error, string strategy, string broker);

    // An order this manager never created has no known strategy; its id and the broker are all there is.
    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "Event {EventType} for unknown order {ClientOrderId} from {Broker}")]
    public static partial void UnknownOrder(ILogger logger, string eventType, string clientOrderId, string broker);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "Order {ClientOrderId} is stale after {Age}; cancelling ({Strategy} via {Broker})")]
    public static partial void Stale(ILogger logger, string clientOrderId, TimeSpan age, string strategy, string broker);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Information, Message = "Order {ClientOrderId} replaced by market order {ReplacementId} for {Quantity} {Symbol} ({Strategy} via {Broker})")]
    public static partial void Replaced(ILogger logger, string clientOrderId, string replacementId, decimal quantity, string symbol, string strategy, string broker);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Warning, Message = "Order {ClientOrderId} had no acknowledgement after {Timeout}; querying the venue ({Strategy} via {Broker})")]
    public static partial void AckTimeout(ILogger logger, string clientOrderId, TimeSpan timeout, string strategy, string broker);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Warning, Message = "Cancel of order {ClientOrderId} refused: {Message} ({Strategy} via {Broker})")]
    public static partial void CancelRefused(ILogger logger, string clientOrderId, string? message, string strategy, string broker);
}
