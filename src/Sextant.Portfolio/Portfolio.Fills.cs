using System.Runtime.InteropServices;
using Sextant.Core.Amounts;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;

namespace Sextant.Portfolio;

/// <content>Fills: cash, positions, fees and duplicate detection.</content>
public sealed partial class Portfolio
{
    private readonly HashSet<(ClientOrderId Order, string Trade)> _appliedTrades = [];

    // Fills booked through ApplyFromOrder, not yet in _appliedTrades: the set is brought up to date only when Apply needs it.
    private readonly List<Fill> _unindexedTrades = [];
    private readonly Dictionary<Asset, decimal> _feesByAsset = [];
    private readonly Dictionary<Asset, decimal> _externalFees = [];

    /// <summary>Every fee charged, in the asset it was charged in (native units), for reconciliation with the venue.</summary>
    public IReadOnlyDictionary<Asset, decimal> FeesByAsset => _feesByAsset;

    /// <summary>
    /// Fees charged in an asset that is neither the quote asset nor the instrument's base asset (e.g. BNB), native units.
    /// They are not converted and not in <see cref="Fees"/>, <see cref="Cash"/> or <see cref="Equity"/>; reports show them beside.
    /// </summary>
    public IReadOnlyDictionary<Asset, decimal> ExternalFees => _externalFees;

    /// <summary>
    /// Books a fill into the fill's strategy sub-ledger: a buy pays quantity × price from cash, a sell receives it, and the
    /// position follows the average-cost rules (<see cref="Position"/>). The fee is paid from cash when charged in the quote
    /// asset; when charged in the instrument's base asset it shrinks the position instead, as if the venue sold that
    /// quantity at the fill price and kept the proceeds (so fees grow by fee × price and cash is untouched); in any other
    /// asset it is kept in <see cref="ExternalFees"/>. A fill whose order and trade id were already applied is ignored.
    /// The first fill of a never-marked instrument marks it at the fill price.
    /// </summary>
    /// <param name="fill">The fill; its symbol must be registered with <see cref="AddInstrument"/>.</param>
    /// <returns>True when applied; false for a duplicate (same order id and trade id).</returns>
    public bool Apply(Fill fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        var index = IndexOfFill(fill);
        IndexTrades();

        // Keyed by order as well: a self-trade reports the same trade id on the buy order and on the sell order.
        if (!_appliedTrades.Add((fill.OrderId, fill.TradeId)))
        {
            return false;
        }

        Book(fill, index);
        return true;
    }

    /// <summary>
    /// <see cref="Apply"/> for a fill its order has just accepted as new (<see cref="Order.Apply"/> drops a trade id it has
    /// seen, and the order id is part of the key): booked without a duplicate check of its own. The trade is remembered, so
    /// a later <see cref="Apply"/> of the same fill is still recognised and ignored.
    /// </summary>
    /// <param name="fill">The fill; its symbol must be registered with <see cref="AddInstrument"/>.</param>
    public void ApplyFromOrder(Fill fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        var index = IndexOfFill(fill);
        _unindexedTrades.Add(fill);
        Book(fill, index);
    }

    private int IndexOfFill(Fill fill) => _indexBySymbol.TryGetValue(fill.Symbol, out var index)
        ? index
        : throw new InvalidOperationException(
            $"Fill {fill.TradeId} for order {fill.OrderId}: symbol {fill.Symbol} is not registered in this {QuoteAsset} portfolio; call AddInstrument first");

    private void IndexTrades()
    {
        foreach (var booked in _unindexedTrades)
        {
            _appliedTrades.Add((booked.OrderId, booked.TradeId));
        }

        _unindexedTrades.Clear();
    }

    private void Book(Fill fill, int index)
    {
        var position = PositionFor(fill.Strategy, index);
        var wasOpen = !position.IsFlat;
        var held = _quantityEstimate[index] != 0;
        var price = fill.Price.Value;
        var buy = fill.Side == OrderSide.Buy;
        var signed = buy ? fill.Quantity.Value : -fill.Quantity.Value;
        var signedNotional = buy ? fill.Notional : -fill.Notional; // = signed × price, exactly (decimal products are sign-symmetric)
        position.Trade(signed, price, signedNotional, fill.Time);
        _cash -= signedNotional;
        _netQuantity[index] += signed;
        BookFee(fill, position, index);
        _openPositions += (position.IsFlat ? 0 : 1) - (wasOpen ? 1 : 0);

        if (_markSource[index] == MarkSource.None)
        {
            SetExactMark(index, price);
        }

        _cashEstimate = (double)_cash;
        _quantityEstimate[index] = (double)_netQuantity[index];
        _heldInstruments += (_quantityEstimate[index] != 0 ? 1 : 0) - (held ? 1 : 0);
    }

    private void BookFee(Fill fill, Position position, int index)
    {
        var fee = fill.Fee;
        if (fee.Amount == 0)
        {
            return;
        }

        CollectionsMarshal.GetValueRefOrAddDefault(_feesByAsset, fee.Asset, out _) += fee.Amount;
        if (fee.Asset == QuoteAsset)
        {
            _cash -= fee.Amount;
            position.AddFee(fee.Amount);
        }
        else if (fee.Asset == _instruments[index].BaseAsset)
        {
            // Binance takes a buy's fee out of the coin received: the venue in effect sells the fee quantity at the fill price.
            position.Trade(-fee.Amount, fill.Price.Value, fill.Time);
            position.AddFee(fee.Amount * fill.Price.Value);
            _netQuantity[index] -= fee.Amount;
        }
        else
        {
            _externalFees[fee.Asset] = _externalFees.GetValueOrDefault(fee.Asset) + fee.Amount;
        }
    }
}
