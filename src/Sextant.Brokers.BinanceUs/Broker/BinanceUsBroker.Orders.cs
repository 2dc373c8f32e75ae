using System.Text.Json.Nodes;
using Sextant.Brokers.BinanceUs.Rest;
using Sextant.Core.Amounts;
using Sextant.Core.Errors;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Time;
using Sextant.Execution.Brokers;

namespace Sextant.Brokers.BinanceUs.Broker;

/// <content>New orders, cancels and queries.</content>
public sealed partial class BinanceUsBroker
{
    /// <inheritdoc />
    public ValueTask<SubmitResult> SubmitAsync(Order order, CancellationToken cancellationToken) => SubmitCoreAsync(order, null, cancellationToken);

    /// <summary>
    /// A market order sized in the quote asset (<c>quoteOrderQty</c>: spend or receive this much USDT). The order's quantity
    /// is the most it may fill (an upper bound); whatever the quote amount leaves unfilled is reported as expired.
    /// </summary>
    public ValueTask<SubmitResult> SubmitQuoteAsync(Order order, decimal quoteQuantity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quoteQuantity);
        return order.OrderType == OrderType.Market
            ? SubmitCoreAsync(order, quoteQuantity, cancellationToken)
            : throw new ArgumentException($"Order {order.Id}: quoteOrderQty needs a Market order, was {order.OrderType}", nameof(order));
    }

    private async ValueTask<SubmitResult> SubmitCoreAsync(Order order, decimal? quoteQuantity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var filters = await FiltersOfAsync(order.Symbol, cancellationToken).ConfigureAwait(false);
        var (reason, message) = filters is null ? (RejectReason.UnknownSymbol, $"{order.Symbol} is not listed on {Id}")
            : order.TimeInForce == TimeInForce.Day ? (RejectReason.InvalidOrder, "Binance US has no DAY time in force; use GTC, IOC or FOK")
            : quoteQuantity is null ? filters.Check(order.Quantity.Value, order.LimitPrice?.Value)
            : (RejectReason.None, null);
        if (reason != RejectReason.None)
        {
            Log.Denied(_logger, Id.Value, order.Id.Value, message!);
            return SubmitResult.Rejected(reason, message!);
        }

        List<(string, string)> parameters = [("symbol", order.Symbol.Value), ("side", order.Side == OrderSide.Buy ? "BUY" : "SELL"),
            ("type", order.OrderType == OrderType.Market ? "MARKET" : "LIMIT")];
        if (order.OrderType == OrderType.Limit)
        {
            parameters.Add(("timeInForce", order.TimeInForce.ToString().ToUpperInvariant()));
            parameters.Add(("price", Text(order.LimitPrice!.Value.Value)));
        }

        parameters.Add(quoteQuantity is { } quote ? ("quoteOrderQty", Text(quote)) : ("quantity", Text(order.Quantity.Value)));
        parameters.Add(("newClientOrderId", order.Id.Value));
        parameters.Add(("newOrderRespType", "FULL"));
        var known = _known.GetOrAdd(order.Id, _ => new KnownOrder(order.Id, order.Symbol, order.Side, order.Strategy, order.Quantity.Value));

        var response = await _rest.SignedAsync(HttpMethod.Post, "api/v3/order", parameters, cancellationToken).ConfigureAwait(false);
        switch (response.Outcome)
        {
            case CallOutcome.Ok:
                break;
            case CallOutcome.Unknown:
                return SubmitResult.Unknown($"{Id}: outcome unknown ({response.Message}); query order {order.Id} before acting");
            case CallOutcome.RateLimited:
                return SubmitResult.Rejected(RejectReason.RateLimited, response.Message);
            case CallOutcome.Banned:
                throw new BrokerException($"{Id} POST /api/v3/order: {response.Message}", isTransient: false);
            default:
                return RejectionOf(response);
        }

        var body = response.Body!;
        var venueId = body["orderId"]!.GetValue<long>();
        Remember(known, venueId);
        var time = UnixNanos.FromUnixMilliseconds(body["transactTime"]!.GetValue<long>());
        foreach (var fill in body["fills"]?.AsArray() ?? [])
        {
            EmitFill(known, fill!["tradeId"]!.GetValue<long>(), Dec(fill["qty"]), Dec(fill["price"]), Dec(fill["commission"]),
                fill["commissionAsset"]!.GetValue<string>(), isMaker: false, time);
        }

        var status = body["status"]?.GetValue<string>();
        if (status is "EXPIRED" or "EXPIRED_IN_MATCH" || (quoteQuantity is not null && status == "FILLED" && Dec(body["executedQty"]) < order.Quantity.Value))
        {
            Emit(new OrderExpired(order.Id, time)); // an unfilled IOC/market remainder, or what a quote-sized order did not need
        }

        return SubmitResult.Accepted(new VenueOrderId(venueId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private SubmitResult RejectionOf(BinanceResponse response)
    {
        var reason = (response.Code, response.Message) switch
        {
            (-2014 or -2015 or -1022, _) => throw new BrokerException($"{Id}: the venue refused the credentials ({response.Code} {response.Message})", isTransient: false),
            (-1013, var m) when m.Contains("LOT_SIZE", StringComparison.Ordinal) => RejectReason.LotSize,
            (-1013, var m) when m.Contains("PRICE_FILTER", StringComparison.Ordinal) => RejectReason.TickSize,
            (-1013, var m) when m.Contains("NOTIONAL", StringComparison.Ordinal) => RejectReason.MinNotional,
            (-2010, var m) when m.Contains("insufficient balance", StringComparison.OrdinalIgnoreCase) => RejectReason.InsufficientBalance,
            (-2010, var m) when m.Contains("Duplicate", StringComparison.OrdinalIgnoreCase) => RejectReason.Duplicate,
            (-1121, _) => RejectReason.UnknownSymbol,
            (-1003 or -1015, _) => RejectReason.RateLimited,
            (-1100 or -1102 or -1111 or -1115 or -1116 or -1117, _) => RejectReason.InvalidOrder,
            _ => RejectReason.VenueError,
        };
        return SubmitResult.Rejected(reason, $"{response.Code} {response.Message}");
    }

    /// <inheritdoc />
    public async ValueTask<CancelResult> CancelAsync(Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var response = await _rest.SignedAsync(HttpMethod.Delete, "api/v3/order", [("symbol", order.Symbol.Value), ("origClientOrderId", order.Id.Value)], cancellationToken).ConfigureAwait(false);
        if (response is { Outcome: CallOutcome.VenueError, Code: -2011 or -2013 })
        {
            return CancelResult.Refused($"{response.Code} {response.Message}");
        }

        var body = _rest.Require(response, "DELETE /api/v3/order");
        Emit(new OrderCanceled(order.Id, UnixNanos.FromUnixMilliseconds(body["transactTime"]?.GetValue<long>() ?? _time.GetUtcNow().ToUnixTimeMilliseconds())));
        return CancelResult.Ok;
    }

    /// <inheritdoc />
    public async ValueTask<OrderReport?> QueryAsync(ClientOrderId id, Symbol symbol, CancellationToken cancellationToken)
    {
        var response = await _rest.SignedAsync(HttpMethod.Get, "api/v3/order", [("symbol", symbol.Value), ("origClientOrderId", id.Value)], cancellationToken).ConfigureAwait(false);
        if (response is { Outcome: CallOutcome.VenueError, Code: -2013 })
        {
            return null;
        }

        return Report(_rest.Require(response, "GET /api/v3/order"));
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<OrderReport>> GetOpenOrdersAsync(CancellationToken cancellationToken)
    {
        var body = _rest.Require(await _rest.SignedAsync(HttpMethod.Get, "api/v3/openOrders", [], cancellationToken).ConfigureAwait(false), "GET /api/v3/openOrders");
        return [.. body.AsArray().Select(o => Report(o!)).OfType<OrderReport>()];
    }

    private static OrderReport? Report(JsonNode o)
    {
        if (!ClientOrderId.TryParse(o["clientOrderId"]?.GetValue<string>(), out var id, out _))
        {
            return null; // an order placed outside Sextant with an id we cannot represent
        }

        var price = Dec(o["price"]);
        var executed = Dec(o["executedQty"]);
        var quote = Dec(o["cummulativeQuoteQty"]);
        return new OrderReport(id, new VenueOrderId(o["orderId"]!.ToJsonString()), new Symbol(o["symbol"]!.GetValue<string>()),
            o["side"]!.GetValue<string>() == "BUY" ? OrderSide.Buy : OrderSide.Sell,
            o["type"]!.GetValue<string>() == "MARKET" ? OrderType.Market : OrderType.Limit,
            new Quantity(Dec(o["origQty"])), price > 0 ? new Price(price) : null, StatusOf(o["status"]!.GetValue<string>()),
            new Quantity(executed), executed > 0 && quote > 0 ? quote / executed : 0m,
            UnixNanos.FromUnixMilliseconds((o["updateTime"] ?? o["transactTime"])?.GetValue<long>() ?? 0));
    }

    private static OrderStatus StatusOf(string status) => status switch
    {
        "PARTIALLY_FILLED" => OrderStatus.PartiallyFilled,
        "FILLED" => OrderStatus.Filled,
        "CANCELED" or "PENDING_CANCEL" => OrderStatus.Canceled,
        "REJECTED" => OrderStatus.Rejected,
        "EXPIRED" or "EXPIRED_IN_MATCH" => OrderStatus.Expired,
        _ => OrderStatus.Accepted,
    };
}
