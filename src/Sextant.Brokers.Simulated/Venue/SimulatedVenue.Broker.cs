using Sextant.Core.Amounts;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Time;
using Sextant.Execution.Brokers;

namespace Sextant.Brokers.Simulated.Venue;

/// <content>The <see cref="IBroker"/> requests; all complete synchronously.</content>
public sealed partial class SimulatedVenue
{
    /// <inheritdoc />
    public ValueTask<SubmitResult> SubmitAsync(Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var rules = _options.Instruments.For(order.Symbol);
        var index = Register(order.Symbol);
        if (rules.LotSize is not null || rules.MinNotional is not null)
        {
            var reference = order.LimitPrice?.Value ?? (decimal)LastBar(index).Close;
            var (reason, message) = rules.Check(order.Quantity.Value, reference);
            if (reason != RejectReason.None)
            {
                return ValueTask.FromResult(SubmitResult.Rejected(reason, message!));
            }
        }

        var venueId = new VenueOrderId(order.Id.Value); // the simulated venue knows an order by our id
        if (order.OrderType == OrderType.Market && _options.FillModel.FillsMarketOrdersOnSubmit && LastBar(index) is { Time.Value: not 0 } last)
        {
            // close fill model: trade now at the decision bar's close; the acceptance is implied by the fill.
            _sink?.OnOrderEvent(new OrderAccepted(order.Id, Now, venueId));
            Execute(order, (decimal)last.Close, Liquidity.Taker, last.Volume);
            if (order.HasLeaves)
            {
                _working[index].Add(order);
            }

            return ValueTask.FromResult(SubmitResult.Accepted(venueId));
        }

        _working[index].Add(order);
        return ValueTask.FromResult(SubmitResult.Accepted(venueId));
    }

    /// <inheritdoc />
    public ValueTask<CancelResult> CancelAsync(Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (!_index.TryGetValue(order.Symbol, out var index) || !_working[index].Remove(order))
        {
            return ValueTask.FromResult(CancelResult.Refused($"order {order.Id} is not working"));
        }

        _sink?.OnOrderEvent(new OrderCanceled(order.Id, Now));
        return ValueTask.FromResult(CancelResult.Ok);
    }

    /// <inheritdoc />
    public ValueTask<OrderReport?> QueryAsync(ClientOrderId id, Symbol symbol, CancellationToken cancellationToken)
    {
        var order = _index.TryGetValue(symbol, out var index) ? _working[index].Find(o => o.Id == id) : null;
        return ValueTask.FromResult(order is null ? null : Report(order));
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<OrderReport>> GetOpenOrdersAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<OrderReport>>(_working.SelectMany(w => w).Select(Report).ToList());

    /// <inheritdoc />
    public ValueTask<AccountState> GetAccountAsync(CancellationToken cancellationToken)
    {
        var balances = new[] { new AssetBalance(_options.QuoteAsset, Cash, 0m) };
        var positions = _positions.Where(p => p.Value != 0).Select(p => new VenuePosition(p.Key, p.Value, 0m)).ToList();
        return ValueTask.FromResult(new AccountState(balances, positions));
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Fill>> GetFillsAsync(UnixNanos since, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<Fill>>(_fills.Where(f => f.Time >= since).ToList());

    private static OrderReport Report(Order order) => new(order.Id, order.VenueOrderId, order.Symbol, order.Side, order.OrderType,
        order.Quantity, order.LimitPrice, order.Status, order.FilledQuantity, order.AveragePrice, order.LastEventTime);
}
