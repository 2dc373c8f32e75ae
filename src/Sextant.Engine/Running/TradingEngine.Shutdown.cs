using System.Text.Json.Nodes;
using Sextant.Config.Schema;
using Sextant.Core.Orders;

namespace Sextant.Engine.Running;

/// <content>Graceful shutdown and the summary.</content>
public sealed partial class TradingEngine
{
    /// <summary>How long a shutdown waits for venues to confirm the cancels it sent.</summary>
    private static readonly TimeSpan ConfirmCancels = TimeSpan.FromSeconds(5);

    private async Task ShutdownAsync()
    {
        var open = _brokers.Values.Where(b => b.IsAttached).Sum(b => b.Context.Orders.OpenOrderCount);
        Log.Stopping(_logger, open, _config.Engine.OnShutdown.ToString().ToLowerInvariant());
        if (_config.Engine.OnShutdown == ShutdownOrders.Cancel)
        {
            foreach (var broker in _brokers.Values.Where(b => b.IsAttached))
            {
                await CancelOpenOrdersAsync(broker).ConfigureAwait(false);
            }

            await DrainAsync().ConfigureAwait(false);
        }
        else if (open > 0)
        {
            Say($"on_shutdown: keep: {open} open order(s) stay working at the venues; the next start reconciles them");
        }

        Note("stop", new JsonObject { ["bars"] = _bars, ["signals"] = _signals, ["open_orders"] = _brokers.Values.Where(b => b.IsAttached).Sum(b => b.Context.Orders.OpenOrderCount) });
    }

    /// <summary>Applies the venues' answers still queued (cancels, fills racing them) until no order is pending a cancel, or a few seconds pass.</summary>
    private async Task DrainAsync()
    {
        using var patience = new CancellationTokenSource(ConfirmCancels);
        try
        {
            while (_brokers.Values.Any(b => b.IsAttached && b.Context.Orders.OpenOrders.Any(o => o.Status == OrderStatus.PendingCancel)))
            {
                var item = await _inbox.Reader.ReadAsync(patience.Token).ConfigureAwait(false);
                if (item.Kind == EngineEventKind.Order)
                {
                    item.Source!.Deliver(item.Order!);
                }
            }

            while (_inbox.Reader.TryRead(out var item))
            {
                if (item.Kind == EngineEventKind.Order)
                {
                    item.Source!.Deliver(item.Order!);
                }
            }
        }
        catch (OperationCanceledException)
        {
            Say("shutdown: some venues did not confirm their cancels in time; the next start reconciles them");
        }
    }

    private EngineSummary Summary(TimeSpan elapsed)
    {
        var brokers = _brokers.Values.Where(b => b.IsAttached).Select(b =>
        {
            var p = b.Context.Portfolio;
            var orders = b.Context.Orders.AllOrders.ToList();
            var positions = p.Positions.Where(x => !x.IsFlat).Select(x => new PositionSummary(x.Strategy.Value, x.Symbol.Value, x.Quantity, x.AverageCost)).ToList();
            return new BrokerSummary(b.Name, p.QuoteAsset.Value, b.Describe(), p.StartingCash, p.Equity, p.Cash, p.RealizedPnl, p.UnrealizedPnl, p.Fees,
                orders.Count, orders.Sum(o => o.Fills.Count), b.Context.Orders.OpenOrderCount, positions, b.HaltReason, b.Context.Risk.KillReason);
        }).ToList();
        var strategies = _feeds.Where(f => f.Broker.IsAttached).Select(f =>
        {
            var context = f.Broker.Context;
            var pnl = context.Portfolio.Strategies().FirstOrDefault(s => s.Strategy == f.Strategy.Id);
            var orders = context.Orders.AllOrders.Where(o => o.Strategy == f.Strategy.Id).ToList();
            var roundTrips = RoundTrips(orders.SelectMany(o => o.Fills));
            return new StrategySummary(f.Strategy.Id.Value, f.Broker.Name, f.Plan.Share, context.Portfolio.StartingCash * f.Plan.Share, f.Signals,
                orders.Count, orders.Sum(o => o.Fills.Count), roundTrips, pnl?.RealizedPnl ?? 0m, pnl?.UnrealizedPnl ?? 0m, pnl?.Fees ?? 0m);
        }).ToList();
        return new EngineSummary(Mode.ToString().ToLowerInvariant(), _bars, _signals, brokers, strategies, elapsed);
    }

    /// <summary>Positions opened and closed back to flat (or flipped through it), per symbol, over <paramref name="fills"/>.</summary>
    private static int RoundTrips(IEnumerable<Fill> fills)
    {
        var held = new Dictionary<Core.Instruments.Symbol, decimal>();
        var trips = 0;
        foreach (var fill in fills.OrderBy(f => f.Time.Value))
        {
            var before = held.GetValueOrDefault(fill.Symbol);
            var after = before + (fill.Side == OrderSide.Buy ? fill.Quantity.Value : -fill.Quantity.Value);
            held[fill.Symbol] = after;
            if (before != 0 && (after == 0 || Math.Sign(after) != Math.Sign(before)))
            {
                trips++;
            }
        }

        return trips;
    }
}
