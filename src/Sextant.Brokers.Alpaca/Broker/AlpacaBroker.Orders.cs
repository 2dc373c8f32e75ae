using System.Text.Json.Nodes;
using Sextant.Brokers.Alpaca.Rest;
using Sextant.Config.Schema;
using Sextant.Core.Amounts;
using Sextant.Core.Errors;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Time;
using Sextant.Execution.Brokers;

namespace Sextant.Brokers.Alpaca.Broker;

/// <content>New orders (qty or notional), cancels and queries.</content>
public sealed partial class AlpacaBroker
{
    /// <inheritdoc />
    public ValueTask<SubmitResult> SubmitAsync(Order order, CancellationToken cancellationToken) => SubmitCoreAsync(order, null, cancellationToken);

    /// <summary>A market day order sized in dollars (<c>notional</c>); the order's quantity is the most it may fill, and what the dollars do not buy is reported as expired.</summary>
    public ValueTask<SubmitResult> SubmitNotionalAsync(Order order, decimal notional, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(notional);
        return SubmitCoreAsync(order, notional, cancellationToken);
    }

    private async ValueTask<SubmitResult> SubmitCoreAsync(Order order, decimal? notional, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.AssetClass == AssetClass.Equity && _options.MarketClosed == MarketClosedPolicy.Reject)
        {
            var (open, next) = await IsMarketOpenAsync(cancellationToken).ConfigureAwait(false);
            if (!open)
            {
                var message = $"market closed; next open {next:O} (market_closed: reject)";
                Log.Denied(_logger, Id.Value, order.Id.Value, message);
                return SubmitResult.Rejected(RejectReason.MarketClosed, message);
            }
        }

        var body = new JsonObject
        {
            ["symbol"] = order.Symbol.Value,
            [notional is null ? "qty" : "notional"] = Text(notional ?? order.Quantity.Value),
            ["side"] = order.Side == OrderSide.Buy ? "buy" : "sell",
            ["type"] = order.OrderType == OrderType.Market ? "market" : "limit",
            ["time_in_force"] = order.TimeInForce.ToString().ToLowerInvariant(),
            ["client_order_id"] = order.Id.Value,
        };
        if (order.LimitPrice is { } limit)
        {
            body["limit_price"] = Text(limit.Value);
        }

        var known = _known.GetOrAdd(order.Id, _ => new KnownOrder(order.Id, order.Symbol, order.Side, order.Strategy, order.Quantity.Value));
        var response = await _rest.SendAsync(HttpMethod.Post, "v2/orders", body, cancellationToken).ConfigureAwait(false);
        switch (response.Outcome)
        {
            case AlpacaOutcome.Ok:
                var venueId = response.Body!["id"]!.GetValue<string>();
                Remember(known, venueId);
                return SubmitResult.Accepted(new VenueOrderId(venueId));
            case AlpacaOutcome.Unknown:
                return SubmitResult.Unknown($"{Id}: outcome unknown ({response.Message}); query order {order.Id} before acting");
            case AlpacaOutcome.RateLimited:
                return SubmitResult.Rejected(RejectReason.RateLimited, response.Message);
            case AlpacaOutcome.Unauthorized:
                throw new BrokerException($"{Id} POST /v2/orders: HTTP {response.Status}, the venue refused the credentials ({response.Message})", isTransient: false);
            default:
                var reason = response switch
                {
                    { Status: 403 } => RejectReason.InsufficientBalance,
                    { Message: var m } when m.Contains("client_order_id must be unique", StringComparison.Ordinal) => RejectReason.Duplicate,
                    { Message: var m } when m.Contains("sub-penny", StringComparison.Ordinal) => RejectReason.TickSize,
                    { Message: var m } when m.Contains("not found", StringComparison.Ordinal) => RejectReason.UnknownSymbol,
                    { Status: 422 or 400 } => RejectReason.InvalidOrder,
                    _ => RejectReason.VenueError,
                };
                return SubmitResult.Rejected(reason, $"HTTP {response.Status} {response.Code} {response.Message}");
        }
    }

    /// <inheritdoc />
    public async ValueTask<CancelResult> CancelAsync(Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var venueId = order.VenueOrderId?.Value ?? (_known.TryGetValue(order.Id, out var k) ? k.VenueId : null)
            ?? (await QueryAsync(order.Id, order.Symbol, cancellationToken).ConfigureAwait(false))?.VenueOrderId?.Value;
        if (venueId is null)
        {
            return CancelResult.Refused($"order {order.Id} is unknown at {Id}");
        }

        // 204 means the cancel was accepted; the canceled event (or a fill that raced it) follows on the stream.
        var response = await _rest.SendAsync(HttpMethod.Delete, "v2/orders/" + venueId, null, cancellationToken).ConfigureAwait(false);
        if (response.Outcome == AlpacaOutcome.Refused)
        {
            return CancelResult.Refused($"HTTP {response.Status} {response.Message}");
        }

        _rest.Require(response, "DELETE /v2/orders/{id}");
        return CancelResult.Ok;
    }

    /// <inheritdoc />
    public async ValueTask<OrderReport?> QueryAsync(ClientOrderId id, Symbol symbol, CancellationToken cancellationToken)
    {
        var response = await _rest.SendAsync(HttpMethod.Get, "v2/orders:by_client_order_id?client_order_id=" + Uri.EscapeDataString(id.Value), null, cancellationToken).ConfigureAwait(false);
        return response is { Outcome: AlpacaOutcome.Refused, Status: 404 } ? null : Report(_rest.Require(response, "GET /v2/orders:by_client_order_id"));
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<OrderReport>> GetOpenOrdersAsync(CancellationToken cancellationToken)
    {
        var body = _rest.Require(await _rest.SendAsync(HttpMethod.Get, "v2/orders?status=open&limit=500&direction=asc", null, cancellationToken).ConfigureAwait(false), "GET /v2/orders");
        return [.. body.AsArray().Select(o => Report(o!)).OfType<OrderReport>()];
    }

    private static OrderReport? Report(JsonNode o)
    {
        if (!ClientOrderId.TryParse(o["client_order_id"]?.GetValue<string>(), out var id, out _))
        {
            return null; // Alpaca's generated ids (uuids, 36 characters) parse; anything longer is not ours
        }

        var limit = o["limit_price"] is { } l ? Dec(l) : 0m;
        return new OrderReport(id, new VenueOrderId(o["id"]!.GetValue<string>()), new Symbol(o["symbol"]!.GetValue<string>()),
            o["side"]!.GetValue<string>() == "buy" ? OrderSide.Buy : OrderSide.Sell,
            o["type"]!.GetValue<string>() == "limit" ? OrderType.Limit : OrderType.Market,
            new Quantity(Dec(o["qty"])), limit > 0 ? new Price(limit) : null, StatusOf(o["status"]!.GetValue<string>()),
            new Quantity(Dec(o["filled_qty"])), Dec(o["filled_avg_price"]),
            UnixNanos.FromDateTimeOffset(DateTimeOffset.Parse(o["updated_at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static OrderStatus StatusOf(string status) => status switch
    {
        "partially_filled" => OrderStatus.PartiallyFilled,
        "filled" => OrderStatus.Filled,
        "canceled" => OrderStatus.Canceled,
        "expired" or "done_for_day" => OrderStatus.Expired,
        "rejected" => OrderStatus.Rejected,
        "pending_new" => OrderStatus.Submitted,
        _ => OrderStatus.Accepted,
    };

    private void Remember(KnownOrder known, string venueId)
    {
        known.VenueId = venueId;
        _byVenueId[venueId] = known.Id;
    }
}
