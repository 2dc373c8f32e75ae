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
    public static List<Order> Orders(IReadOnlyList<IReadOnlyList<Order>> perBroker)
    {
        var orders = Concat(perBroker);
        for (var i = 1; i < orders.Count; i++)
        {
            if (orders[i].CreatedAt.Value < orders[i - 1].CreatedAt.Value)
            {
                return [.. orders.OrderBy(o => o.CreatedAt.Value).ThenBy(o => o.Id.Value, StringComparer.Ordinal)];
            }
        }

        // Creation times never decrease: sort each run of equal times by id, by insertion (stable; the runs are a pair's legs).
        for (var i = 1; i < orders.Count; i++)
        {
            var order = orders[i];
            var j = i - 1;
            while (j >= 0 && orders[j].CreatedAt.Value == order.CreatedAt.Value && string.CompareOrdinal(orders[j].Id.Value, order.Id.Value) > 0)
            {
                orders[j + 1] = orders[j];
                j--;
            }

            orders[j + 1] = order;
        }

        return orders;
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
