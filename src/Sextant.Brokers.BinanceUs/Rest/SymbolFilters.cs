using System.Globalization;
using System.Text.Json.Nodes;
using Sextant.Core.Orders;
using Sextant.Execution.Instruments;

namespace Sextant.Brokers.BinanceUs.Rest;

/// <summary>One symbol's exchangeInfo: assets and the PRICE_FILTER, LOT_SIZE and NOTIONAL/MIN_NOTIONAL values (0 = check off).</summary>
internal sealed record SymbolFilters(
    string Symbol, string BaseAsset, string QuoteAsset,
    decimal MinPrice, decimal MaxPrice, decimal TickSize,
    decimal MinQty, decimal MaxQty, decimal StepSize,
    decimal MinNotional)
{
    public static SymbolFilters Parse(JsonNode symbol)
    {
        decimal minPrice = 0, maxPrice = 0, tick = 0, minQty = 0, maxQty = 0, step = 0, minNotional = 0;
        foreach (var filter in symbol["filters"]!.AsArray())
        {
            switch (filter!["filterType"]!.GetValue<string>())
            {
                case "PRICE_FILTER":
                    (minPrice, maxPrice, tick) = (D(filter, "minPrice"), D(filter, "maxPrice"), D(filter, "tickSize"));
                    break;
                case "LOT_SIZE":
                    (minQty, maxQty, step) = (D(filter, "minQty"), D(filter, "maxQty"), D(filter, "stepSize"));
                    break;
                case "NOTIONAL" or "MIN_NOTIONAL":
                    minNotional = Math.Max(minNotional, D(filter, "minNotional"));
                    break;
                default:
                    break;
            }
        }

        return new SymbolFilters(symbol["symbol"]!.GetValue<string>(), symbol["baseAsset"]!.GetValue<string>(), symbol["quoteAsset"]!.GetValue<string>(),
            minPrice, maxPrice, tick, minQty, maxQty, step, minNotional);
    }

    /// <summary>Why the venue would refuse this order, checked here so it is never sent; <see cref="RejectReason.None"/> when it passes. Market orders carry no price, so their notional is left to the venue.</summary>
    public (RejectReason Reason, string? Message) Check(decimal quantity, decimal? price)
    {
        if (quantity < MinQty || (MaxQty > 0 && quantity > MaxQty) || (StepSize > 0 && quantity % StepSize != 0))
        {
            return (RejectReason.LotSize, $"{Symbol}: quantity {quantity} breaks LOT_SIZE (min {MinQty}, max {MaxQty}, step {StepSize})");
        }

        if (price is { } p && (p < MinPrice || (MaxPrice > 0 && p > MaxPrice) || (TickSize > 0 && (p - MinPrice) % TickSize != 0)))
        {
            return (RejectReason.TickSize, $"{Symbol}: price {p} breaks PRICE_FILTER (min {MinPrice}, max {MaxPrice}, tick {TickSize})");
        }

        if (price is { } limit && MinNotional > 0 && quantity * limit < MinNotional)
        {
            return (RejectReason.MinNotional, $"{Symbol}: notional {quantity * limit} is below the NOTIONAL minimum {MinNotional}");
        }

        return (RejectReason.None, null);
    }

    /// <summary>The same rules as the engine's <see cref="InstrumentRules"/> (lot, tick, minimum notional).</summary>
    public InstrumentRules ToRules() => new(new Core.Instruments.Symbol(Symbol),
        StepSize > 0 ? StepSize : null, TickSize > 0 ? TickSize : null, MinNotional > 0 ? MinNotional : null);

    private static decimal D(JsonNode filter, string name) =>
        decimal.Parse(filter[name]!.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
