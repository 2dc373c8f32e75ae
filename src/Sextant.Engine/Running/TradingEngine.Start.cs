using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Sextant.Core.Time;
using Sextant.Brokers.BinanceUs.Broker;
using Sextant.Brokers.Context;
using Sextant.Core.Instruments;
using Sextant.Engine.Reconciliation;
using Sextant.Execution.Orders;
using Sextant.Execution.Risk;

namespace Sextant.Engine.Running;

using Portfolio = Sextant.Portfolio.Portfolio;

/// <content>Start-up: connect each venue, rebuild its books from the journal, reconcile with the venue, continue the id sequences.</content>
public sealed partial class TradingEngine
{
    private bool _started;

    /// <summary>
    /// Connects every venue adapter (REST and its order stream), rebuilds each broker's orders, fills and portfolio by
    /// replaying the journal through the same order manager, continues every strategy's signal sequence after the
    /// journal's (so no client order id is reused), re-trips a kill switch nobody re-armed, and reconciles: a simulated
    /// venue lost its working orders with the process, so they are marked cancelled by the restart; a venue broker is asked
    /// about every open order by client order id, books the fills it made while the engine was down (once each), and its
    /// positions are compared with the books. An unexplained difference stops trading on that broker, or is adopted
    /// (<c>engine.reconcile</c>).
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_started)
        {
            return;
        }

        _started = true;
        Log.Starting(_logger, Mode.ToString().ToLowerInvariant(), string.Join(", ", _brokers.Keys), _journal.Path);
        Note("start", new JsonObject { ["mode"] = Mode.ToString().ToLowerInvariant(), ["brokers"] = string.Join(",", _brokers.Keys), ["restart"] = !_past.IsEmpty });
        foreach (var broker in _brokers.Values)
        {
            await StartBrokerAsync(broker, cancellationToken).ConfigureAwait(false);
        }

        foreach (var feed in _feeds)
        {
            feed.Broker.Context.ResumeSequence(feed.Strategy.Id, _past.LastSequence(feed.Strategy.Id.Value));
        }

        StartObserver(); // observability: the books are rebuilt and reconciled; the observer attaches its listeners now
    }

    private async Task StartBrokerAsync(EngineBroker broker, CancellationToken cancellationToken)
    {
        await broker.StartAsync(cancellationToken).ConfigureAwait(false);
        var first = _past.StartOf(broker.Name);
        decimal startingCash;
        if (broker.Venue == BrokerVenue.Adapter)
        {
            var account = await broker.Broker.GetAccountAsync(cancellationToken).ConfigureAwait(false);
            broker.Baseline = first?.Baseline ?? AccountBaseline.Of(account);
            startingCash = first?.StartingCash ?? broker.Baseline.AssetOr0(broker.QuoteAsset.Value);
            if (broker.Broker is QueuedBroker { Inner: BinanceUsBroker binance })
            {
                foreach (var key in broker.Series.Concat(_feeds.Where(f => f.Broker == broker).SelectMany(f => f.Series)).Distinct())
                {
                    if (binance.RulesOf(key.Symbol) is { } rules)
                    {
                        broker.Instruments.Set(rules);
                    }
                }
            }
        }
        else
        {
            startingCash = first?.StartingCash ?? broker.Config.StartingCash;
        }

        var orders = new OrderManager(broker.Broker, _config.Execution, broker.Clock, strict: false, _loggers.CreateLogger<OrderManager>());
        var context = new BrokerContext(broker.Broker, new Portfolio(broker.QuoteAsset, startingCash), orders, broker.Instruments,
            new PreTradeRisk(_config.Risk, broker.Clock), _loggers.CreateLogger<BrokerContext>());
        orders.AddListener(new JournalListener(this, broker));
        broker.Attach(context);
        if (first is null)
        {
            var start = new JsonObject { ["broker"] = broker.Name, ["venue"] = broker.Describe(), ["starting_cash"] = startingCash };
            if (broker.Baseline is { } baseline)
            {
                start["baseline"] = baseline.ToJson();
            }

            Note("broker_start", start);
        }

        Restore(broker);
        if (_past.KillReason(broker.Name) is { } reason)
        {
            context.Risk.Trip(reason);
            Say($"{broker.Name}: the kill switch tripped in an earlier run and was not re-armed ({reason}); only orders that reduce a position are accepted");
        }

        if (broker.Venue == BrokerVenue.Adapter)
        {
            await ReconcileAsync(broker, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            ForgetLostOrders(broker);
        }

        Say($"{broker.Name}: {broker.Describe()}, {broker.QuoteAsset} {context.Portfolio.Cash:N2} cash, equity {context.Portfolio.Equity:N2}"
            + (broker.HaltReason is null ? string.Empty : $"; NOT TRADING: {broker.HaltReason}"));
    }

    /// <summary>A simulated venue lived in the process that died: its working orders are gone. They are marked cancelled by the restart (journaled), and the venue's account is rebuilt from the journal's fills.</summary>
    private void ForgetLostOrders(EngineBroker broker)
    {
        var context = broker.Context;
        broker.Simulated!.Restore(context.Orders.AllOrders.SelectMany(o => o.Fills).OrderBy(f => f.Time.Value).ToList());
        var lost = context.Orders.OpenOrders.ToList();
        foreach (var order in lost)
        {
            context.Orders.OnOrderEvent(new Core.Orders.OrderCanceled(order.Id, broker.Clock.GetUnixNanos()));
        }

        if (lost.Count > 0)
        {
            Note("restart_cancelled", new JsonObject { ["broker"] = broker.Name, ["orders"] = string.Join(",", lost.Select(o => o.Id.Value)),
                ["reason"] = "the simulated venue's working orders were lost with the process; marked cancelled by the restart" });
            Say($"{broker.Name}: {lost.Count} order(s) were working in the simulated venue when the engine stopped; a paper venue's orders die with the process, so they are marked cancelled by the restart");
        }
    }
}
