using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Sextant.Emulator.Trading;

namespace Sextant.Emulator.Alpaca;

/// <content>Orders: create (422 invalid, 403 insufficient buying power or quantity), list, get, get by client id, cancel (204).</content>
internal sealed partial class AlpacaApi
{
    private async Task<IResult> NewOrderAsync(HttpContext context)
    {
        JsonObject? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false) as JsonObject;
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body is null)
        {
            return Error(400, 40010000, "request body format is invalid");
        }

        if (ParseOrder(body, out var request) is { } invalid)
        {
            return invalid;
        }

        lock (_exchange.Sync)
        {
            var (order, error) = _exchange.Place(request!);
            var buyingPower = _exchange.BalanceOf("USD").Free;
            return error switch
            {
                PlaceError.DuplicateClientOrderId => Error(422, 40010001, "client_order_id must be unique"),
                PlaceError.InsufficientBalance => Json(new JsonObject
                {
                    ["buying_power"] = AlpacaJson.D(buyingPower),
                    ["code"] = 40310000,
                    ["cost_basis"] = AlpacaJson.D(request!.QuoteQuantity ?? (request.Quantity!.Value * (request.LimitPrice ?? _exchange.Price(request.Symbol)))),
                    ["message"] = "insufficient buying power",
                }, 403),
                PlaceError.InsufficientQuantity => Error(403, 40310000,
                    $"insufficient qty available for order (requested: {AlpacaJson.D(request!.Quantity ?? 0)}, available: {AlpacaJson.D(_exchange.BalanceOf(request.Symbol).Free)})"),
                PlaceError.UnknownSymbol => Error(422, 40010001, $"asset \"{request!.Symbol}\" not found"),
                _ => Json(AlpacaJson.Order(order!)),
            };
        }
    }

    private IResult? ParseOrder(JsonObject body, out OrderRequest? request)
    {
        request = null;
        var symbol = Text(body, "symbol");
        if (string.IsNullOrEmpty(symbol))
        {
            return Error(422, 40010001, "symbol is required");
        }

        var qtyText = Text(body, "qty");
        var notionalText = Text(body, "notional");
        if ((qtyText is null) == (notionalText is null))
        {
            return Error(422, 40010001, qtyText is null ? "qty or notional is required" : "only one of qty or notional can be specified");
        }

        var side = Text(body, "side") switch { "buy" => Side.Buy, "sell" => Side.Sell, _ => (Side?)null };
        var type = Text(body, "type");
        var tif = Text(body, "time_in_force");
        if (side is null)
        {
            return Error(422, 40010001, "invalid side");
        }

        if (type is not ("market" or "limit"))
        {
            return Error(422, 40010001, type is null ? "type is required" : $"invalid order type for this emulator: {type}");
        }

        if (tif is not ("day" or "gtc" or "opg" or "cls" or "ioc" or "fok"))
        {
            return Error(422, 40010001, "invalid time_in_force");
        }

        if (!TryDecimal(qtyText ?? notionalText, out var size) || size <= 0 || size.Scale > 9)
        {
            return Error(422, 40010001, $"invalid {(qtyText is null ? "notional" : "qty")}");
        }

        if (notionalText is not null && (type != "market" || tif != "day"))
        {
            return Error(422, 40010001, "notional orders are only allowed for market orders with time_in_force day");
        }

        decimal? limit = null;
        var limitText = Text(body, "limit_price");
        if (type == "limit")
        {
            if (!TryDecimal(limitText, out var price) || price <= 0)
            {
                return Error(422, 40010001, "limit_price is required for limit orders");
            }

            if (price >= 1 && decimal.Round(price, 2) != price)
            {
                return Error(422, 42210000, $"invalid limit_price {AlpacaJson.D(price)}. sub-penny increment does not fulfill minimum pricing criteria");
            }

            limit = price;
        }
        else if (limitText is not null)
        {
            return Error(422, 40010001, "limit_price must not be given for market orders");
        }

        var clientId = Text(body, "client_order_id");
        if (clientId is { Length: > 48 })
        {
            return Error(422, 40010001, "client_order_id must be no more than 48 characters");
        }

        if (!_exchange.Instruments.ContainsKey(symbol))
        {
            return Error(422, 40010001, $"asset \"{symbol}\" not found");
        }

        request = new OrderRequest(symbol, side.Value, type == "market", qtyText is null ? null : size, notionalText is null ? null : size, limit, tif, clientId);
        return null;
    }

    private static string? Text(JsonObject body, string name) => body[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value => value.ToJsonString(),
        _ => null,
    };

    private static bool TryDecimal(string? text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    private IResult ListOrders(HttpContext context)
    {
        var query = context.Request.Query;
        var status = query["status"].ToString() is { Length: > 0 } s ? s : "open";
        var limit = int.TryParse(query["limit"], CultureInfo.InvariantCulture, out var l) ? Math.Clamp(l, 1, 500) : 50;
        var symbols = query["symbols"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries);
        var after = TryTime(query["after"], out var a) ? a : (long?)null;
        var until = TryTime(query["until"], out var u) ? u : (long?)null;
        var ascending = query["direction"] == "asc";
        lock (_exchange.Sync)
        {
            var orders = _exchange.Orders.Where(o => (status == "all" || (status == "open") == o.IsOpen)
                && (symbols.Length == 0 || symbols.Contains(o.Symbol)) && (after is null || o.CreatedMs > after) && (until is null || o.CreatedMs < until));
            orders = ascending ? orders.Take(limit) : orders.Reverse().Take(limit);
            return Json(new JsonArray([.. orders.Select(o => (JsonNode)AlpacaJson.Order(o))]));
        }
    }

    private IResult GetOrder(HttpContext context) => One(o => o.Uuid == (string?)context.Request.RouteValues["id"]);

    private IResult ByClientOrderId(HttpContext context) => One(o => o.ClientOrderId == context.Request.Query["client_order_id"].ToString());

    private IResult One(Predicate<EmulatedOrder> match)
    {
        lock (_exchange.Sync)
        {
            var order = _exchange.Orders.LastOrDefault(o => match(o));
            return order is null ? Error(404, 40410000, "order not found") : Json(AlpacaJson.Order(order));
        }
    }

    private IResult CancelOrder(HttpContext context)
    {
        lock (_exchange.Sync)
        {
            var id = (string?)context.Request.RouteValues["id"];
            var order = _exchange.Orders.LastOrDefault(o => o.Uuid == id);
            if (order is null)
            {
                return Error(404, 40410000, "order not found");
            }

            return _exchange.Cancel(order) is null ? Error(422, 42210000, "order is not cancelable") : Results.NoContent();
        }
    }

    private IResult CancelAll()
    {
        lock (_exchange.Sync)
        {
            var results = new JsonArray();
            foreach (var order in _exchange.Orders.Where(o => o.IsOpen).ToList())
            {
                var ok = _exchange.Cancel(order) is not null;
                results.Add(new JsonObject { ["id"] = order.Uuid, ["status"] = ok ? 200 : 500, ["body"] = AlpacaJson.Order(order) });
            }

            return Json(results, 207);
        }
    }
}
