using System.Globalization;
using System.Text.Json.Nodes;
using Sextant.Core.Amounts;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Time;
using Sextant.Execution.Brokers;

namespace Sextant.Brokers.Alpaca.Broker;

/// <content>Account, positions and fills (account activities of type FILL).</content>
public sealed partial class AlpacaBroker
{
    private static readonly Asset Usd = new("USD");

    /// <summary>Cash as one USD balance (free = buying power, locked = the rest of the cash) and the open positions.</summary>
    public async ValueTask<AccountState> GetAccountAsync(CancellationToken cancellationToken)
    {
        var account = _rest.Require(await _rest.SendAsync(HttpMethod.Get, "v2/account", null, cancellationToken).ConfigureAwait(false), "GET /v2/account");
        var positions = _rest.Require(await _rest.SendAsync(HttpMethod.Get, "v2/positions", null, cancellationToken).ConfigureAwait(false), "GET /v2/positions");
        var cash = Dec(account["cash"]);
        var free = Math.Min(cash, Dec(account["buying_power"]));
        return new AccountState(
            [new AssetBalance(Usd, free, cash - free)],
            [.. positions.AsArray().Select(p => new VenuePosition(new Symbol(p!["symbol"]!.GetValue<string>().Trim()),
                Dec(p["qty"]) * (p["side"]?.GetValue<string>() == "short" ? -1 : 1), Dec(p["avg_entry_price"])))]);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<Fill>> GetFillsAsync(UnixNanos since, CancellationToken cancellationToken)
    {
        var fills = new List<Fill>();
        var after = since.ToDateTimeOffset().AddMilliseconds(-1);
        while (true)
        {
            var path = "v2/account/activities/FILL?direction=asc&page_size=100&after=" + Uri.EscapeDataString(after.ToString("O", CultureInfo.InvariantCulture));
            var page = _rest.Require(await _rest.SendAsync(HttpMethod.Get, path, null, cancellationToken).ConfigureAwait(false), "GET /v2/account/activities/FILL").AsArray();
            foreach (var activity in page)
            {
                if (await FillOfAsync(activity!, cancellationToken).ConfigureAwait(false) is { } fill)
                {
                    fills.Add(fill);
                }
            }

            if (page.Count < 100)
            {
                return fills;
            }

            after = DateTimeOffset.Parse(page[^1]!["transaction_time"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        }
    }

    private async Task<Fill?> FillOfAsync(JsonNode activity, CancellationToken cancellationToken)
    {
        var venueId = activity["order_id"]!.GetValue<string>();
        var known = await KnownByVenueIdAsync(venueId, cancellationToken).ConfigureAwait(false);
        return known is null ? null : MakeFill(known, venueId, Dec(activity["cum_qty"]), Dec(activity["qty"]), Dec(activity["price"]),
            DateTimeOffset.Parse(activity["transaction_time"]!.GetValue<string>(), CultureInfo.InvariantCulture));
    }

    private async Task<KnownOrder?> KnownByVenueIdAsync(string venueId, CancellationToken cancellationToken)
    {
        if (_byVenueId.TryGetValue(venueId, out var id) && _known.TryGetValue(id, out var known))
        {
            return known;
        }

        var response = await _rest.SendAsync(HttpMethod.Get, "v2/orders/" + Uri.EscapeDataString(venueId), null, cancellationToken).ConfigureAwait(false);
        return response.Outcome == Rest.AlpacaOutcome.Ok ? Learn(response.Body!) : null;
    }

    /// <summary>Our record of an order the venue reports; orders we did not send are remembered as "external".</summary>
    private KnownOrder? Learn(JsonNode order)
    {
        if (!ClientOrderId.TryParse(order["client_order_id"]?.GetValue<string>(), out var id, out _))
        {
            return null;
        }

        var known = _known.GetOrAdd(id, _ => new KnownOrder(id, new Symbol(order["symbol"]!.GetValue<string>()),
            order["side"]!.GetValue<string>() == "buy" ? OrderSide.Buy : OrderSide.Sell, External, Dec(order["qty"])));
        Remember(known, order["id"]!.GetValue<string>());
        return known;
    }

    private Fill MakeFill(KnownOrder known, string venueId, decimal cumulative, decimal quantity, decimal price, DateTimeOffset time)
    {
        if (time > _lastFillTime)
        {
            _lastFillTime = time;
        }

        return new Fill(known.Id, new VenueOrderId(venueId), TradeId(venueId, cumulative), known.Symbol, known.Side, new Quantity(quantity),
            new Price(price), Money.Zero(Usd), Liquidity.Unknown, UnixNanos.FromDateTimeOffset(time), known.Strategy, Id);
    }
}
