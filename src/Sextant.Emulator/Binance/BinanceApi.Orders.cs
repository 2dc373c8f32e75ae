using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Sextant.Emulator.Trading;

namespace Sextant.Emulator.Binance;

/// <content>New order (with the PRICE_FILTER, LOT_SIZE and NOTIONAL checks), query and cancel.</content>
internal sealed partial class BinanceApi
{
    private IResult TestOrder(BinanceRequest request) => Validate(request, out _) ?? Json(new JsonObject());

    private IResult NewOrder(BinanceRequest request)
    {
        if (Validate(request, out var parsed) is { } invalid)
        {
            return invalid;
        }

        lock (_exchange.Sync)
        {
            var (order, error) = _exchange.Place(parsed!);
            switch (error)
            {
                case PlaceError.DuplicateClientOrderId:
                    return BinanceError.Of(-2010, "Duplicate order sent.");
                case PlaceError.InsufficientBalance or PlaceError.InsufficientQuantity:
                    return BinanceError.Of(-2010, "Account has insufficient balance for requested action.");
                case PlaceError.UnknownSymbol:
                    return BinanceError.InvalidSymbol();
                default:
                    break;
            }

            var respType = request.Get("newOrderRespType") ?? "FULL";
            var json = new JsonObject
            {
                ["symbol"] = order!.Symbol,
                ["orderId"] = order.Id,
                ["orderListId"] = -1,
                ["clientOrderId"] = order.ClientOrderId,
                ["transactTime"] = order.CreatedMs,
            };
            if (respType == "ACK")
            {
                return Json(json);
            }

            foreach (var (key, value) in BinanceJson.Order(order, query: false))
            {
                json[key] ??= value?.DeepClone();
            }

            if (respType == "FULL")
            {
                json["fills"] = new JsonArray([.. order.Trades.Select(t => (JsonNode)new JsonObject
                {
                    ["price"] = BinanceJson.D(t.Price),
                    ["qty"] = BinanceJson.D(t.Quantity),
                    ["commission"] = BinanceJson.D(t.Commission),
                    ["commissionAsset"] = t.CommissionAsset,
                    ["tradeId"] = t.Id,
                })]);
            }

            return Json(json);
        }
    }

    private IResult QueryOrder(BinanceRequest request)
    {
        if (FindOrder(request, out var order) is { } problem)
        {
            return problem;
        }

        lock (_exchange.Sync)
        {
            return order is null ? BinanceError.Of(-2013, "Order does not exist.") : Json(BinanceJson.Order(order, query: true));
        }
    }

    private IResult CancelOrder(BinanceRequest request)
    {
        if (FindOrder(request, out var order) is { } problem)
        {
            return problem;
        }

        lock (_exchange.Sync)
        {
            _cancelClientId = request.Get("newClientOrderId") ?? _exchange.NewClientOrderId();
            var canceled = _exchange.Cancel(order);
            var cancelId = _cancelClientId;
            _cancelClientId = null;
            if (canceled is null)
            {
                return BinanceError.Of(-2011, "Unknown order sent.");
            }

            var json = BinanceJson.Order(canceled, query: false);
            json.Remove("workingTime");
            json["origClientOrderId"] = canceled.ClientOrderId;
            json["clientOrderId"] = cancelId;
            json["transactTime"] = canceled.UpdatedMs;
            return Json(json);
        }
    }

    private IResult OpenOrders(BinanceRequest request)
    {
        var symbol = request.Get("symbol");
        if (symbol is not null && !_exchange.Instruments.ContainsKey(symbol))
        {
            return BinanceError.InvalidSymbol();
        }

        lock (_exchange.Sync)
        {
            return Json(new JsonArray([.. _exchange.Orders.Where(o => o.IsOpen && (symbol is null || o.Symbol == symbol))
                .Select(o => (JsonNode)BinanceJson.Order(o, query: true))]));
        }
    }

    private IResult? FindOrder(BinanceRequest request, out EmulatedOrder? order)
    {
        order = null;
        if (request.Get("symbol") is not { } symbol)
        {
            return BinanceError.Mandatory("symbol");
        }

        if (!_exchange.Instruments.ContainsKey(symbol))
        {
            return BinanceError.InvalidSymbol();
        }

        long? orderId = null;
        if (request.Get("orderId") is { } idText)
        {
            if (!TryLong(idText, out var id))
            {
                return BinanceError.BadValue("orderId");
            }

            orderId = id;
        }
        else if (!request.Has("origClientOrderId"))
        {
            return BinanceError.Of(-1102, "Param 'origClientOrderId' or 'orderId' must be sent, but both were empty/null!");
        }

        lock (_exchange.Sync)
        {
            order = _exchange.FindOrder(symbol, orderId, request.Get("origClientOrderId"));
        }

        return null;
    }
}
