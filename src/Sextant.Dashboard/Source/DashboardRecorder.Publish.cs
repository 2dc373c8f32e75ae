using Sextant.Core.Instruments;

namespace Sextant.Dashboard.Source;

/// <content>Building the immutable state and telling the dashboard.</content>
public sealed partial class DashboardRecorder
{
    /// <summary>Copies the open orders; only from the thread that feeds the order managers.</summary>
    private void RefreshOpenOrders()
    {
        lock (_gate)
        {
            var open = new List<OrderView>();
            foreach (var manager in _managers)
            {
                foreach (var order in manager.OpenOrders)
                {
                    open.Add(OrderView.From(order));
                }
            }

            _openOrders = open;
        }
    }

    private void Publish()
    {
        DashboardState state;
        lock (_gate)
        {
            state = new DashboardState
            {
                RunName = RunName,
                Mode = Mode,
                Version = ++_version,
                AsOf = _asOf,
                Portfolio = _snapshot,
                TotalEquity = _totalEquity,
                BrokerEquity = _brokerEquity.ToDictionary(p => p.Key, p => (IReadOnlyList<EquityPoint>)p.Value),
                OpenOrders = _openOrders,
                RecentFills = _fills,
                RecentSignals = _signals,
                Strategies = BuildStrategies(),
                Brokers = [.. _health.Values.OrderBy(h => h.Broker.Value, StringComparer.Ordinal)],
            };
            _current = state;
        }

        Changed?.Invoke(this, new DashboardChangedEventArgs(state.Version));
    }

    private List<StrategyStats> BuildStrategies()
    {
        var pnl = new Dictionary<StrategyId, (decimal Realized, decimal Unrealized, decimal Fees)>();
        if (_snapshot is not null)
        {
            foreach (var broker in _snapshot.Brokers.Values)
            {
                var rate = _snapshot.ConversionRates.GetValueOrDefault(broker.QuoteAsset, 1m);
                foreach (var s in broker.Strategies)
                {
                    var (r, u, f) = pnl.GetValueOrDefault(s.Strategy);
                    pnl[s.Strategy] = (r + (s.RealizedPnl * rate), u + (s.UnrealizedPnl * rate), f + (s.Fees * rate));
                }
            }
        }

        var strategies = _counts.Keys.Union(pnl.Keys).OrderBy(s => s.Value, StringComparer.Ordinal);
        var result = new List<StrategyStats>();
        foreach (var strategy in strategies)
        {
            var counts = _counts.GetValueOrDefault(strategy) ?? new Counts();
            var (realized, unrealized, fees) = pnl.GetValueOrDefault(strategy);
            result.Add(new StrategyStats(strategy, counts.Signals, counts.Orders, counts.Fills, counts.Rejects, realized, unrealized, fees));
        }

        return result;
    }
}
