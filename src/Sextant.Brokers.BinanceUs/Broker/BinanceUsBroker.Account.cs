using System.Globalization;
using Sextant.Brokers.BinanceUs.Rest;
using Sextant.Core.Amounts;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Time;
using Sextant.Execution.Brokers;

namespace Sextant.Brokers.BinanceUs.Broker;

/// <content>Account, fills (myTrades), trading fees and exchange filters.</content>
public sealed partial class BinanceUsBroker
{
    private static readonly StrategyId External = new("external");

    /// <inheritdoc />
    public async ValueTask<AccountState> GetAccountAsync(CancellationToken cancellationToken)
    {
        var body = _rest.Require(await _rest.SignedAsync(HttpMethod.Get, "api/v3/account", [], cancellationToken).ConfigureAwait(false), "GET /api/v3/account");
        var balances = body["balances"]!.AsArray()
            .Select(b => new AssetBalance(new Asset(b!["asset"]!.GetValue<string>()), Dec(b["free"]), Dec(b["locked"])))
            .Where(b => b.Total != 0)
            .ToList();
        return new AccountState(balances, []); // spot: holdings are balances, there are no positions
    }

    /// <summary>Fills at or after <paramref name="since"/> of every symbol this adapter has traded (myTrades per symbol, oldest first).</summary>
    public async ValueTask<IReadOnlyList<Fill>> GetFillsAsync(UnixNanos since, CancellationToken cancellationToken)
    {
        var fills = new List<Fill>();
        foreach (var symbol in _known.Values.Select(k => k.Symbol.Value).Distinct(StringComparer.Ordinal))
        {
            foreach (var trade in await MyTradesAsync(symbol, [("startTime", since.ToUnixMilliseconds().ToString(CultureInfo.InvariantCulture))], cancellationToken).ConfigureAwait(false))
            {
                fills.Add(trade.Fill);
            }
        }

        return [.. fills.OrderBy(f => f.Time)];
    }

    /// <summary>Maker and taker rates per symbol (all listed symbols, or one).</summary>
    public async ValueTask<IReadOnlyList<TradingFee>> GetTradingFeesAsync(Symbol? symbol, CancellationToken cancellationToken)
    {
        List<(string, string)> parameters = symbol is { } s ? [("symbol", s.Value)] : [];
        var body = _rest.Require(await _rest.SignedAsync(HttpMethod.Get, "sapi/v1/asset/query/trading-fee", parameters, cancellationToken).ConfigureAwait(false), "GET trading-fee");
        return [.. body.AsArray().Select(f => new TradingFee(new Symbol(f!["symbol"]!.GetValue<string>()), Dec(f["makerCommission"]), Dec(f["takerCommission"])))];
    }

    private async Task<List<(Fill Fill, long TradeId)>> MyTradesAsync(string symbol, List<(string, string)> filter, CancellationToken cancellationToken)
    {
        filter.Insert(0, ("symbol", symbol));
        filter.Add(("limit", "1000"));
        var body = _rest.Require(await _rest.SignedAsync(HttpMethod.Get, "api/v3/myTrades", filter, cancellationToken).ConfigureAwait(false), "GET /api/v3/myTrades");
        var result = new List<(Fill, long)>();
        foreach (var t in body.AsArray())
        {
            var venueId = t!["orderId"]!.GetValue<long>();
            var known = await KnownByVenueIdAsync(symbol, venueId, cancellationToken).ConfigureAwait(false);
            if (known is null)
            {
                continue;
            }

            var tradeId = t["id"]!.GetValue<long>();
            result.Add((MakeFill(known, tradeId, Dec(t["qty"]), Dec(t["price"]), Dec(t["commission"]), t["commissionAsset"]!.GetValue<string>(),
                t["isMaker"]!.GetValue<bool>(), UnixNanos.FromUnixMilliseconds(t["time"]!.GetValue<long>())), tradeId));
        }

        return result;
    }

    /// <summary>Our record of a venue order; for an order we did not send (or sent before a restart) its client id is looked up once.</summary>
    private async Task<KnownOrder?> KnownByVenueIdAsync(string symbol, long venueId, CancellationToken cancellationToken)
    {
        if (_byVenueId.TryGetValue(venueId, out var id) && _known.TryGetValue(id, out var known))
        {
            return known;
        }

        var response = await _rest.SignedAsync(HttpMethod.Get, "api/v3/order", [("symbol", symbol), ("orderId", venueId.ToString(CultureInfo.InvariantCulture))], cancellationToken).ConfigureAwait(false);
        if (!response.IsOk || !ClientOrderId.TryParse(response.Body!["clientOrderId"]?.GetValue<string>(), out var clientId, out _))
        {
            return null;
        }

        var order = response.Body!;
        known = _known.GetOrAdd(clientId, _ => new KnownOrder(clientId, new Symbol(symbol), order["side"]!.GetValue<string>() == "BUY" ? OrderSide.Buy : OrderSide.Sell,
            External, Dec(order["origQty"])));
        Remember(known, venueId);
        return known;
    }

    private void Remember(KnownOrder known, long venueId)
    {
        known.VenueId = venueId;
        _byVenueId[venueId] = known.Id;
    }

    private Fill MakeFill(KnownOrder known, long tradeId, decimal quantity, decimal price, decimal commission, string commissionAsset, bool isMaker, UnixNanos time) =>
        new(known.Id, known.VenueId is { } v ? new VenueOrderId(v.ToString(CultureInfo.InvariantCulture)) : null, tradeId.ToString(CultureInfo.InvariantCulture),
            known.Symbol, known.Side, new Quantity(quantity), new Price(price), new Money(commission, new Asset(commissionAsset)),
            isMaker ? Liquidity.Maker : Liquidity.Taker, time, known.Strategy, Id);

    private void EmitFill(KnownOrder known, long tradeId, decimal quantity, decimal price, decimal commission, string commissionAsset, bool isMaker, UnixNanos time)
    {
        _lastTradeId.AddOrUpdate(known.Symbol.Value, tradeId, (_, last) => Math.Max(last, tradeId));
        Emit(new OrderFilled(MakeFill(known, tradeId, quantity, price, commission, commissionAsset, isMaker, time)));
    }

    private async Task LoadFiltersAsync(CancellationToken cancellationToken)
    {
        var body = _rest.Require(await _rest.PublicAsync(HttpMethod.Get, "api/v3/exchangeInfo", [], cancellationToken).ConfigureAwait(false), "GET /api/v3/exchangeInfo");
        foreach (var symbol in body["symbols"]!.AsArray())
        {
            var filters = SymbolFilters.Parse(symbol!);
            _filters[filters.Symbol] = filters;
        }
    }

    private async ValueTask<SymbolFilters?> FiltersOfAsync(Symbol symbol, CancellationToken cancellationToken)
    {
        if (_filters.IsEmpty)
        {
            await LoadFiltersAsync(cancellationToken).ConfigureAwait(false);
        }

        return _filters.TryGetValue(symbol.Value, out var filters) ? filters : null;
    }
}
