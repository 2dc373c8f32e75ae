using Sextant.Core.Orders;

namespace Sextant.Backtest.Engine;

/// <summary>
/// The order a result lists fills (by time) and orders (by creation time, then client id, ordinal) in, the same as a stable
/// sort by those keys, without sorting what already is in order: one broker's venue books fills and its order manager creates
/// orders as the simulated clock moves forward, so only orders created at the same instant need sorting by id (a pair's
/// legs), and a stable sort is the fallback for several brokers.
/// </summary>
internal static class ResultOrder
{
    /// <summary>Every fill of <paramref name="perBroker"/>, by time (stable).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static List<Fill> Fills(IReadOnlyList<IReadOnlyList<Fill>> perBroker)
    {
        var fills = Concat(perBroker);
        for (var i = 1; i < fills.Count; i++)
        {
            if (fills[i].Time.Value < fills[i - 1].Time.Value)
            {
                return [.. fills.OrderBy(f => f.Time.Value)];
            }
        }

        return fills;
    }

    /// <summary>Every order of <paramref name="perBroker"/>, by creation time, then client order id (ordinal, stable).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static List<Order> Orders(IReadOnlyList<IReadOnlyList<Order>> perBroker) => Orders(perBroker, [], []);

    /// <summary>
    /// As <see cref="Orders(IReadOnlyList{IReadOnlyList{Order}})"/>, counting each of <paramref name="strategies"/>' orders into
    /// <paramref name="counts"/> on the same pass (reading an order is most of the cost: one cache miss each).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static List<Order> Orders(IReadOnlyList<IReadOnlyList<Order>> perBroker, IReadOnlyList<Core.Instruments.StrategyId> strategies, int[] counts)
    {
        ArgumentNullException.ThrowIfNull(strategies);
        ArgumentNullException.ThrowIfNull(counts);
        var orders = Concat(perBroker);
        var sorted = true;
        for (var i = 0; i < orders.Count; i++)
        {
            var order = orders[i];
            for (var k = 0; k < strategies.Count; k++)
            {
                if (strategies[k] == order.Strategy)
                {
                    counts[k]++;
                    break;
                }
            }

            if (!sorted || i == 0)
            {
                continue;
            }

            // orders[..i] are in results order, orders[i - 1] the latest of them: a later time than this order's means
            // creation times decreased somewhere (several brokers), and only a full sort will do.
            if (order.CreatedAt.Value < orders[i - 1].CreatedAt.Value)
            {
                sorted = false;
                continue;
            }

            // Creation times never decreased so far: a run of equal times is sorted by id, by insertion (stable; the runs
            // are a pair's legs, just read).
            var j = i - 1;
            while (j >= 0 && orders[j].CreatedAt.Value == order.CreatedAt.Value && string.CompareOrdinal(orders[j].Id.Value, order.Id.Value) > 0)
            {
                orders[j + 1] = orders[j];
                j--;
            }

            orders[j + 1] = order;
        }

        // The insertion moved an order only past a greater id: equal keys keep their order, as the stable sort needs.
        return sorted ? orders : [.. orders.OrderBy(o => o.CreatedAt.Value).ThenBy(o => o.Id.Value, StringComparer.Ordinal)];
    }

    private static List<T> Concat<T>(IReadOnlyList<IReadOnlyList<T>> lists)
    {
        var count = 0;
        foreach (var list in lists)
        {
            count += list.Count;
        }

        var all = new List<T>(count);
        foreach (var list in lists)
        {
            all.AddRange(list);
        }

        return all;
    }
}
