using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Sextant.Brokers.Simulated.Models;
using Sextant.Core.Amounts;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Time;
using Sextant.Execution.Brokers;

namespace Sextant.Brokers.Simulated.Venue;

/// <summary>
/// A venue that matches orders against bars, for backtest and paper mode. Every call completes synchronously.
/// Orders are checked against the instrument rules on arrival (rejected with a reason, never silently resized);
/// market orders fill at the next bar's open (or at the decision bar's close), limit orders when a bar trades through
/// them, optionally capped at a fraction of each bar's volume. Fills carry slippage in their price and the fee model's
/// commission. The venue keeps its own account (cash in the quote asset, positions) so paper mode can be reconciled.
/// </summary>
public sealed partial class SimulatedVenue : IBroker
{
    private readonly SimulatedVenueOptions _options;
    private readonly TimeProvider _time;
    private readonly Dictionary<Symbol, int> _index = [];
    // By dense instrument index; plain arrays (grown in Register) so the per-bar update is one store and one load.
    private List<Order>[] _working = [];
    private Bar[] _lastBar = [];
    // A backtest's instruments: the attached series and the row of its last bar (−1: none yet); null for bars pushed one by one.
    private BarSeries?[] _series = [];
    private int[] _row = [];
    private readonly List<Fill> _fills = [];
    private readonly Dictionary<Symbol, decimal> _positions = [];
    private IExecutionEventSink? _sink;
    private long _tradeSequence;

    /// <summary>Creates the venue; <paramref name="time"/> stamps acknowledgements and fills.</summary>
    public SimulatedVenue(BrokerId id, SimulatedVenueOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        Id = id;
        _options = options;
        _time = time;
        Cash = options.StartingCash;
    }

    /// <inheritdoc />
    public BrokerId Id { get; }

    /// <summary>The venue-side cash balance in the quote asset.</summary>
    public decimal Cash { get; private set; }

    /// <summary>True when an order is working at any instrument (a bar could trade it).</summary>
    public bool HasWorkingOrders
    {
        get
        {
            foreach (var working in _working)
            {
                if (working.Count != 0)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>All fills so far, oldest first.</summary>
    public IReadOnlyList<Fill> Fills => _fills;

    /// <inheritdoc />
    public void Connect(IExecutionEventSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        _sink = sink;
    }

    /// <summary>The dense index of <paramref name="symbol"/>, registering it on first use; pass it to <see cref="OnBar(int, in Bar)"/>.</summary>
    public int Register(Symbol symbol)
    {
        if (!_index.TryGetValue(symbol, out var index))
        {
            index = _working.Length;
            _index.Add(symbol, index);
            _working = [.. _working, []];
            Array.Resize(ref _lastBar, index + 1);
            Array.Resize(ref _series, index + 1);
            Array.Resize(ref _row, index + 1);
        }

        return index;
    }

    /// <summary>A new bar of the instrument at <paramref name="index"/>: working orders trade against it. Allocation-free when nothing fills.</summary>
    public void OnBar(int index, in Bar bar)
    {
        _lastBar[index] = bar;
        _series[index] = null;
        if (_working[index].Count != 0)
        {
            Match(index, in bar);
        }
    }

    /// <summary>
    /// Makes <paramref name="series"/> the bars of the instrument at <paramref name="index"/> (a backtest's loaded history), so
    /// <see cref="OnRow"/> can hand them over by row: an instrument with no working order then costs one store per bar,
    /// and the bar itself is read only when an order needs it.
    /// </summary>
    public void Attach(int index, BarSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        _series[index] = series;
        _row[index] = -1;
    }

    /// <summary>Bar <paramref name="row"/> of the series attached at <paramref name="index"/> is the new bar: as <see cref="OnBar(int, in Bar)"/> with that bar.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // every bar of a backtest; the matching itself is out of line
    public void OnRow(int index, int row)
    {
        _row[index] = row;
        if (_working[index].Count != 0)
        {
            MatchRow(index, row);
        }
    }

    private void MatchRow(int index, int row)
    {
        var series = _series[index]!;

        // When every working order is a market order and the bar model fills those at the open, whole, only the bar's time
        // and open are read (a backtest's other columns are not in the cache at this row): the model reads nothing else.
        var bar = MarketOrdersAtOpen(_working[index])
            ? new Bar(series.Times[row], series.Open[row], double.NaN, double.NaN, double.NaN, double.NaN)
            : series[row];
        Match(index, in bar);
    }

    /// <summary>True when <see cref="BarFillModel"/> would fill every order of <paramref name="working"/> at a bar's open in full, reading nothing else of the bar: all market orders, no volume cap.</summary>
    private bool MarketOrdersAtOpen(List<Order> working)
    {
        if (_options.FillModel is not BarFillModel || _options.VolumeCap is not null)
        {
            return false;
        }

        foreach (var order in working)
        {
            if (order.OrderType != OrderType.Market)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The last bar of the instrument at <paramref name="index"/>; default (time 0) before the first.</summary>
    private Bar LastBar(int index) => _series[index] is { } series
        ? (_row[index] >= 0 ? series[_row[index]] : default)
        : _lastBar[index];

    private void Match(int index, in Bar bar)
    {
        var working = _working[index];
        for (var i = 0; i < working.Count; i++)
        {
            var order = working[i];
            if (order.CreatedAt < bar.Time && _options.FillModel.TryFill(order, in bar, out var price, out var liquidity))
            {
                Execute(order, price, liquidity, bar.Volume);
            }

            if (!order.HasLeaves)
            {
                working.RemoveAt(i);
                i--;
            }
        }
    }

    /// <summary>A new bar of <paramref name="symbol"/> (dictionary lookup; use the index overload in hot loops).</summary>
    public void OnBar(Symbol symbol, in Bar bar) => OnBar(Register(symbol), in bar);

    private UnixNanos Now => _time.GetUnixNanos();

    private void Execute(Order order, decimal rawPrice, Liquidity liquidity, double barVolume)
    {
        var quantity = order.LeavesQuantity.Value;
        if (_options.VolumeCap is { } cap)
        {
            var allowed = _options.Instruments.For(order.Symbol).RoundQuantity((decimal)(barVolume * cap));
            quantity = Math.Min(quantity, allowed);
            if (quantity <= 0)
            {
                return;
            }
        }

        var price = liquidity == Liquidity.Taker ? _options.Slippage.Apply(order.Side, rawPrice) : rawPrice;
        var notional = quantity * price;
        var fee = _options.Fees.Fee(order, quantity, price, notional, liquidity, _options.QuoteAsset);
        var buy = order.Side == OrderSide.Buy;
        _tradeSequence++;
        var fill = new Fill(order.Id, order.VenueOrderId, _tradeSequence.ToString(CultureInfo.InvariantCulture), order.Symbol, order.Side,
            new Quantity(quantity), new Price(price), fee, liquidity, Now, order.Strategy, Id, notional);
        Cash -= (buy ? fill.Notional : -fill.Notional) + fee.Amount; // = signed quantity × price + fee
        ref var position = ref CollectionsMarshal.GetValueRefOrAddDefault(_positions, order.Symbol, out _);
        position += buy ? quantity : -quantity;
        _fills.Add(fill);
        _sink?.OnOrderEvent(new OrderFilled(fill));
    }
}
