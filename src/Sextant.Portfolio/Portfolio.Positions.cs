using Sextant.Core.Instruments;

namespace Sextant.Portfolio;

/// <content>Positions and PnL: one sub-ledger per strategy, and the portfolio totals as their sums.</content>
public sealed partial class Portfolio
{
    private readonly List<Position> _positions = [];
    private readonly Dictionary<(StrategyId Strategy, int Instrument), Position> _positionByKey = [];

    private int _openPositions;

    // Instruments whose net quantity estimate is not zero (the estimate, not the decimal: a net left over from rounding
    // the sub-ledgers' sums differently still moves EquityEstimate with the mark).
    private int _heldInstruments;

    /// <summary>How many positions are open (not flat) now; kept on every fill, so the per-bar loop can read it for exposure time.</summary>
    public int OpenPositionCount => _openPositions;

    /// <summary>
    /// True when no position is open and no instrument has a net quantity, to the last digit of <see cref="EquityEstimate"/>'s
    /// quantities: equity is then the cash whatever the marks (<see cref="EquityEstimate"/> adds only zero products to it).
    /// </summary>
    public bool IsFlat => _openPositions == 0 && _heldInstruments == 0;

    /// <summary>Every position ever opened, one per strategy and instrument, in the order first traded; flat ones keep their realized PnL and fees.</summary>
    public IReadOnlyList<Position> Positions => _positions;

    /// <summary>PnL realized so far, quote units, before fees: Σ over every strategy's positions.</summary>
    public decimal RealizedPnl
    {
        get
        {
            var total = 0m;
            foreach (var position in _positions)
            {
                total += position.RealizedPnl;
            }

            return total;
        }
    }

    /// <summary>Unrealized PnL at the current marks, quote units: Σ quantity × (mark − average cost) over every position.</summary>
    public decimal UnrealizedPnl
    {
        get
        {
            var total = 0m;
            foreach (var position in _positions)
            {
                total += position.UnrealizedPnl(MarkOf(position.Instrument.Index));
            }

            return total;
        }
    }

    /// <summary>Fees paid, valued in quote units: quote-asset fees plus base-asset fees at their fill price (see <see cref="ExternalFees"/> for the rest).</summary>
    public decimal Fees
    {
        get
        {
            var total = 0m;
            foreach (var position in _positions)
            {
                total += position.Fees;
            }

            return total;
        }
    }

    /// <summary>The position of <paramref name="strategy"/> in <paramref name="symbol"/>, or null when that strategy never traded it.</summary>
    public Position? PositionOf(StrategyId strategy, Symbol symbol) =>
        _indexBySymbol.TryGetValue(symbol, out var index) && _positionByKey.TryGetValue((strategy, index), out var position) ? position : null;

    /// <summary>Realized, unrealized and fees per strategy, in the order strategies first traded; they sum to the portfolio totals exactly.</summary>
    public IReadOnlyList<StrategyPnl> Strategies()
    {
        var order = new List<StrategyId>();
        var totals = new Dictionary<StrategyId, StrategyPnl>();
        foreach (var position in _positions)
        {
            if (!totals.TryGetValue(position.Strategy, out var pnl))
            {
                pnl = new StrategyPnl(position.Strategy, 0m, 0m, 0m);
                order.Add(position.Strategy);
            }

            totals[position.Strategy] = pnl.Add(position.RealizedPnl, position.UnrealizedPnl(MarkOf(position.Instrument.Index)), position.Fees);
        }

        return order.ConvertAll(strategy => totals[strategy]);
    }

    private Position PositionFor(StrategyId strategy, int index)
    {
        if (!_positionByKey.TryGetValue((strategy, index), out var position))
        {
            position = new Position(strategy, _instruments[index]);
            _positionByKey.Add((strategy, index), position);
            _positions.Add(position);
        }

        return position;
    }
}
