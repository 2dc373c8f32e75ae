using Microsoft.AspNetCore.Http;
using Sextant.Emulator.Trading;

namespace Sextant.Emulator.Binance;

/// <content>New-order parameter rules and exchange filters, in the venue's order: mandatory parameters, then filters.</content>
internal sealed partial class BinanceApi
{
    private IResult? Validate(BinanceRequest request, out OrderRequest? parsed)
    {
        parsed = null;
        foreach (var name in (ReadOnlySpan<string>)["symbol", "side", "type"])
        {
            if (!request.Has(name))
            {
                return BinanceError.Mandatory(name);
            }
        }

        if (!_exchange.Instruments.TryGetValue(request.Get("symbol")!, out var spec))
        {
            return BinanceError.InvalidSymbol();
        }

        var side = request.Get("side") switch { "BUY" => Side.Buy, "SELL" => Side.Sell, _ => (Side?)null };
        if (side is null)
        {
            return BinanceError.Of(-1117, "Invalid side.");
        }

        var type = request.Get("type");
        if (type is not ("MARKET" or "LIMIT" or "LIMIT_MAKER"))
        {
            return BinanceError.Of(-1116, "Invalid orderType.");
        }

        var isMarket = type == "MARKET";
        decimal? quantity = null, quoteQuantity = null, price = null;
        if (request.Get("quantity") is { } q)
        {
            if (!TryDecimal(q, out var value))
            {
                return BinanceError.BadValue("quantity");
            }

            quantity = value;
        }

        if (request.Get("quoteOrderQty") is { } qq)
        {
            if (!isMarket || !TryDecimal(qq, out var value))
            {
                return BinanceError.BadValue("quoteOrderQty");
            }

            quoteQuantity = value;
        }

        var tif = "GTC";
        if (isMarket)
        {
            if (quantity is null && quoteQuantity is null)
            {
                return BinanceError.Of(-1102, "Param 'quantity' or 'quoteOrderQty' must be sent, but both were empty/null!");
            }
        }
        else
        {
            if (type == "LIMIT")
            {
                tif = request.Get("timeInForce") ?? string.Empty;
                if (tif.Length == 0)
                {
                    return BinanceError.Mandatory("timeInForce");
                }

                if (tif is not ("GTC" or "IOC" or "FOK"))
                {
                    return BinanceError.Of(-1115, "Invalid timeInForce.");
                }
            }
            else
            {
                tif = "MAKER";
            }

            if (quantity is null)
            {
                return BinanceError.Mandatory("quantity");
            }

            if (request.Get("price") is not { } p)
            {
                return BinanceError.Mandatory("price");
            }

            if (!TryDecimal(p, out var value))
            {
                return BinanceError.BadValue("price");
            }

            price = value;
        }

        if (request.Get("newClientOrderId") is { } clientId && (clientId.Length > 36 || !clientId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            return BinanceError.Of(-1100, "Illegal characters found in parameter 'newClientOrderId'; legal range is '^[\\.A-Z\\:/a-z0-9_-]{1,36}$'.");
        }

        if (Filters(spec, quantity, quoteQuantity, price) is { } failure)
        {
            return BinanceError.Filter(failure);
        }

        lock (_exchange.Sync)
        {
            if (type == "LIMIT_MAKER" && (side == Side.Buy ? price >= _exchange.Price(spec.Symbol) : price <= _exchange.Price(spec.Symbol)))
            {
                return BinanceError.Of(-2010, "Order would immediately match and take.");
            }
        }

        parsed = new OrderRequest(spec.Symbol, side.Value, isMarket, quantity, quoteQuantity, price, tif, request.Get("newClientOrderId"));
        return null;
    }

    /// <summary>The first failing filter's name, or null. US rules: <c>(price-minPrice) % tickSize == 0</c>, <c>quantity % stepSize == 0</c>.</summary>
    private string? Filters(InstrumentSpec spec, decimal? quantity, decimal? quoteQuantity, decimal? price)
    {
        if (price is { } p && (p < spec.MinPrice || (spec.MaxPrice > 0 && p > spec.MaxPrice) || (spec.TickSize > 0 && (p - spec.MinPrice) % spec.TickSize != 0)))
        {
            return "PRICE_FILTER";
        }

        if (quantity is { } q && (q < spec.MinQty || (spec.MaxQty > 0 && q > spec.MaxQty) || (spec.StepSize > 0 && q % spec.StepSize != 0)))
        {
            return "LOT_SIZE";
        }

        decimal reference;
        lock (_exchange.Sync)
        {
            reference = price ?? _exchange.Price(spec.Symbol);
        }

        var notional = quoteQuantity ?? (quantity!.Value * reference);
        return spec.MinNotional > 0 && notional < spec.MinNotional ? "NOTIONAL" : null;
    }
}
