using Sextant.Core.Instruments;
using Sextant.Core.Orders;

namespace Sextant.Brokers.Context;

/// <content>
/// A venue's "insufficient balance" is not retried in a loop: once it rejects a strategy's order on a symbol for balance,
/// further orders of that strategy on that symbol that add exposure are refused here, without a request, until something
/// that can change the balance happens at this broker (a fill or a cancel). Orders that only reduce a position still go.
/// </content>
public sealed partial class BrokerContext
{
    private readonly Dictionary<(StrategyId Strategy, Symbol Symbol), string> _balanceBlocked = [];

    /// <summary>Strategy and symbol pairs waiting for the balance to change after a venue refused an order for balance, with the venue's message.</summary>
    public IReadOnlyDictionary<(StrategyId Strategy, Symbol Symbol), string> BalanceBlocked => _balanceBlocked;

    /// <summary>The venue's message when <paramref name="strategy"/> may not add exposure in <paramref name="symbol"/> for lack of balance, else null.</summary>
    private string? BlockedForBalance(StrategyId strategy, Symbol symbol) =>
        _balanceBlocked.Count > 0 && _balanceBlocked.TryGetValue((strategy, symbol), out var message) ? message : null;

    private void WatchBalance(Order order)
    {
        if (order.Status == OrderStatus.Rejected && order.Events[^1] is OrderRejected { Code: RejectReason.InsufficientBalance } rejected)
        {
            _balanceBlocked[(order.Strategy, order.Symbol)] = rejected.Reason;
        }
        else if (_balanceBlocked.Count > 0 && order.Status is OrderStatus.Canceled or OrderStatus.Expired)
        {
            _balanceBlocked.Clear();
        }
    }
}
