using System.Globalization;
using System.Text.Json.Nodes;
using Sextant.Core.Time;
using Sextant.Config.Schema;
using Sextant.Core.Amounts;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Engine.Journal;
using Sextant.Engine.Reconciliation;
using Sextant.Execution.Brokers;
using Sextant.Execution.Orders;

namespace Sextant.Engine.Running;

/// <content>
/// Start-up reconciliation of a venue broker: the journal says what we sent and what we heard back; the venue says what
/// happened. Every open order is asked about by its client order id (an order request with no acknowledgement may or may
/// not have reached the venue: the venue is asked, never sent again), the fills made while the engine was down are booked
/// once each, then the positions are compared with what the venue holds beyond its holdings when the journal began.
/// </content>
public sealed partial class TradingEngine
{
    private static readonly StrategyId Adopted = new("adopted");

    private async Task ReconcileAsync(EngineBroker broker, CancellationToken cancellationToken)
    {
        var report = new ReconcileReport(broker.Name);
        var context = broker.Context;
        var now = broker.Clock.GetUnixNanos();
        var open = context.Orders.OpenOrders.ToList();
        var lastFill = context.Orders.AllOrders.SelectMany(o => o.Fills).Select(f => f.Time.Value).DefaultIfEmpty(now.Value).Max();
        var since = Earliest(open, new Core.Time.UnixNanos(lastFill)) - TimeSpan.FromSeconds(1);
        var reports = new Dictionary<ClientOrderId, OrderReport?>();
        foreach (var order in open)
        {
            report.OrdersChecked++;
            var venue = await broker.Broker.QueryAsync(order.Id, order.Symbol, cancellationToken).ConfigureAwait(false);
            reports[order.Id] = venue;
            if (venue is null)
            {
                if (order.Status == OrderStatus.Submitted)
                {
                    report.NeverArrived++;
                    context.Orders.OnOrderEvent(new OrderRejected(order.Id, now,
                        "not at the venue after the restart: the request never reached it (not resent)", RejectReason.VenueError));
                }
                else
                {
                    report.Problem($"order {order.Id} ({order.Status.ToString().ToLowerInvariant()} {order.Side.ToString().ToLowerInvariant()} {order.Quantity} {order.Symbol}) is in the journal but unknown at the venue");
                    context.Orders.FlagForReconciliation(order.Id);
                }

                continue;
            }

            if (order.Status == OrderStatus.Submitted)
            {
                report.FoundAtVenue++;
                context.Orders.OnOrderEvent(new OrderAccepted(order.Id, now, venue.VenueOrderId ?? new VenueOrderId(order.Id.Value)));
            }

            broker.Broker.Track(order);
        }

        await BookMissedFillsAsync(broker, since, report, cancellationToken).ConfigureAwait(false);
        foreach (var order in open.Where(o => !o.Status.IsTerminal()))
        {
            var venue = reports[order.Id];
            var (change, _) = OrderReportEvents.After(venue, order.Id, now);
            if (change is not null)
            {
                report.ClosedWhileDown++;
                context.Orders.OnOrderEvent(change);
            }
            else if (venue?.Status == OrderStatus.Filled && order.FilledQuantity.Value < venue.FilledQuantity.Value)
            {
                report.Problem($"order {order.Id} is filled at the venue ({venue.FilledQuantity}) but its fill history gave only {order.FilledQuantity}");
            }
            else if (venue?.Status == OrderStatus.Filled)
            {
                report.ClosedWhileDown++;
            }
        }

        await CompareOpenOrdersAsync(broker, report, cancellationToken).ConfigureAwait(false);
        await ComparePositionsAsync(broker, report, cancellationToken).ConfigureAwait(false);
        Conclude(broker, report);
    }

    private static async Task BookMissedFillsAsync(EngineBroker broker, Core.Time.UnixNanos since, ReconcileReport report, CancellationToken cancellationToken)
    {
        var orders = broker.Context.Orders;
        foreach (var fill in await broker.Broker.GetFillsAsync(since, cancellationToken).ConfigureAwait(false))
        {
            if (orders.Find(fill.OrderId) is not { } order)
            {
                continue; // not ours; the position check below sees its effect
            }

            if (order.Fills.Any(f => f.TradeId == fill.TradeId))
            {
                continue;
            }

            orders.OnOrderEvent(new OrderFilled(fill));
            report.MissedFills++;
        }
    }

    private async Task CompareOpenOrdersAsync(EngineBroker broker, ReconcileReport report, CancellationToken cancellationToken)
    {
        var prefixes = _feeds.Where(f => f.Broker == broker).Select(f => ClientOrderIds.PrefixOf(f.Strategy.Id)).ToList();
        foreach (var venue in await broker.Broker.GetOpenOrdersAsync(cancellationToken).ConfigureAwait(false))
        {
            if (broker.Context.Orders.Find(venue.Id) is { } ours)
            {
                if (ours.Status.IsTerminal())
                {
                    report.Problem($"order {venue.Id} is {ours.Status.ToString().ToLowerInvariant()} in the journal but still working at the venue");
                }

                continue;
            }

            if (prefixes.Any(p => venue.Id.Value.StartsWith(p, StringComparison.Ordinal)))
            {
                report.Problem($"order {venue.Id} ({venue.Side.ToString().ToLowerInvariant()} {venue.Quantity} {venue.Symbol}) is working at the venue under one of our ids but is not in the journal");
            }
            else
            {
                report.Note($"order {venue.Id} at the venue is not Sextant's; left alone");
            }
        }
    }

    /// <summary>Our net position per symbol against the venue's holdings less what it held when the journal began; a few retries absorb a fill still in flight.</summary>
    private async Task ComparePositionsAsync(EngineBroker broker, ReconcileReport report, CancellationToken cancellationToken)
    {
        List<(Symbol Symbol, decimal Ours, decimal Venue)> differences = [];
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var account = await broker.Broker.GetAccountAsync(cancellationToken).ConfigureAwait(false);
            differences = Differences(broker, account);
            if (differences.Count == 0)
            {
                break;
            }

            await BookMissedFillsAsync(broker, Core.Time.UnixNanos.FromUnixMilliseconds(0), report, cancellationToken).ConfigureAwait(false);
        }

        foreach (var (symbol, ours, venue) in differences)
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"{symbol}: the journal's books hold {ours}, the venue {venue} beyond what it held when the journal began");
            if (_config.Engine.Reconcile == ReconcileMode.Adopt && AdoptPosition(broker, symbol, venue - ours))
            {
                report.Note("adopted " + text);
            }
            else
            {
                report.Problem(text);
            }
        }
    }

    private static List<(Symbol Symbol, decimal Ours, decimal Venue)> Differences(EngineBroker broker, AccountState account)
    {
        var portfolio = broker.Context.Portfolio;
        var baseline = broker.Baseline!;
        var spot = broker.Config.ResolveType(broker.Name) == BrokerType.Binanceus;
        var differences = new List<(Symbol, decimal, decimal)>();
        foreach (var instrument in portfolio.Instruments)
        {
            var ours = portfolio.NetQuantity(instrument.Symbol);
            decimal venue;
            if (spot && instrument.BaseAsset.IsSet)
            {
                var held = account.Balances.Where(b => b.Asset == instrument.BaseAsset).Sum(b => b.Total);
                venue = held - baseline.AssetOr0(instrument.BaseAsset.Value);
            }
            else
            {
                venue = account.Positions.Where(p => p.Symbol == instrument.Symbol).Sum(p => p.Quantity) - baseline.PositionOr0(instrument.Symbol.Value);
            }

            if (ours != venue)
            {
                differences.Add((instrument.Symbol, ours, venue));
            }
        }

        return differences;
    }

    /// <summary>Books adoptions that waited for a price, at the close of the bar just marked.</summary>
    private void AdoptPending(EngineBroker broker, Symbol symbol)
    {
        if (broker.PendingAdoptions.Remove(symbol, out var quantity))
        {
            AdoptPosition(broker, symbol, quantity);
        }
    }

    /// <summary><c>engine.reconcile: adopt</c>: books the venue's extra holding as a fill of the pseudo-strategy <c>adopted</c> at the mark (journaled), so the books equal the venue.</summary>
    private bool AdoptPosition(EngineBroker broker, Symbol symbol, decimal quantity)
    {
        var portfolio = broker.Context.Portfolio;
        if (portfolio.MarkPrice(symbol) is not { } mark || mark <= 0)
        {
            broker.PendingAdoptions[symbol] = quantity; // no price known yet: booked at the close of the symbol's first bar, before any strategy sees it
            return true;
        }

        var id = new ClientOrderId($"adopted-{_journal.LastSequence + 1}");
        var fill = new Fill(id, null, "adopt-" + (_journal.LastSequence + 1).ToString(CultureInfo.InvariantCulture), symbol,
            quantity > 0 ? OrderSide.Buy : OrderSide.Sell, new Quantity(Math.Abs(quantity)), new Price(mark), Money.Zero(broker.QuoteAsset),
            Liquidity.Unknown, broker.Clock.GetUnixNanos(), Adopted, new BrokerId(broker.Name));
        Write(JournalEntryType.Fill, broker, id.Value, JournalRecords.FillData(fill));
        portfolio.Apply(fill);
        return true;
    }

    private void Conclude(EngineBroker broker, ReconcileReport report)
    {
        var data = new JsonObject { ["broker"] = broker.Name, ["summary"] = report.ToString(), ["clean"] = report.Clean };
        if (!report.Clean)
        {
            data["problems"] = new JsonArray([.. report.Problems.Select(p => (JsonNode)p)]);
        }

        Note("reconcile", data);
        if (report.Clean)
        {
            Log.Reconciled(_logger, broker.Name, report.ToString());
            Say($"{broker.Name}: reconciled with the venue: {report}");
        }
        else
        {
            broker.HaltReason = $"reconciliation found {report.Problems.Count} unexplained difference(s) with the venue (engine.reconcile: stop): {string.Join("; ", report.Problems)}";
            Log.ReconcileStopped(_logger, broker.Name, string.Join("; ", report.Problems));
            Say($"{broker.Name}: RECONCILIATION STOPPED TRADING on this broker: {string.Join("; ", report.Problems)}. Look at the venue and the journal "
                + "(sextant journal show), then restart; or set engine.reconcile: adopt to take the venue's state");
        }

        foreach (var note in report.Notes)
        {
            Say($"{broker.Name}: {note}");
        }

    }
}
