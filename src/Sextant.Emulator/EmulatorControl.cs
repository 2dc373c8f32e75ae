using Sextant.Emulator.Binance;
using Sextant.Emulator.Faults;
using Sextant.Emulator.Hosting;
using Sextant.Emulator.Trading;

namespace Sextant.Emulator;

/// <summary>
/// Drives a running emulator from a test or the admin endpoints (<c>/_emulator/...</c>): prices, counterparty trades,
/// the market clock, and faults (HTTP statuses, dropped responses, latency, clock skew, dropped or refused streams,
/// duplicate or reordered events, fills racing a cancel). Thread-safe.
/// </summary>
public sealed class EmulatorControl
{
    private readonly EmulatorState _state;
    private readonly BinanceApi _binance;

    internal EmulatorControl(EmulatorState state, BinanceApi binance)
    {
        _state = state;
        _binance = binance;
    }

    /// <summary>The symbols on offer: BTCUSDT, ETHUSDT (Binance US); SPY, AAPL, AIG, BAC (Alpaca).</summary>
    public IReadOnlyCollection<string> Symbols => _state.Feed.Symbols;

    /// <summary>The current price of <paramref name="symbol"/> (last revealed close).</summary>
    public decimal Price(string symbol) => _state.Feed.Price(symbol);

    /// <summary>Sets the price of <paramref name="symbol"/> now; working orders that it crosses fill, and the bar goes out on the streams.</summary>
    public void SetPrice(string symbol, decimal price)
    {
        _state.Feed.SetPrice(symbol, price);
        Log.PriceSet(_state.Logger, symbol, price);
    }

    /// <summary>Reveals the next <paramref name="bars"/> bars of every series (what the replay clock does on its own at speed &gt; 0).</summary>
    public void Step(int bars = 1)
    {
        for (var i = 0; i < bars; i++)
        {
            _state.Feed.Step();
        }
    }

    /// <summary>A counterparty trades <paramref name="quantity"/> of the open order <paramref name="clientOrderId"/> (either venue) at <paramref name="price"/> (default its limit); false when no such open order.</summary>
    public bool Trade(string clientOrderId, decimal quantity, decimal? price = null)
    {
        foreach (var exchange in (ReadOnlySpan<Exchange>)[_state.Binance, _state.Alpaca])
        {
            lock (exchange.Sync)
            {
                var order = exchange.Orders.LastOrDefault(o => o.ClientOrderId == clientOrderId && o.IsOpen);
                if (order is not null)
                {
                    return exchange.Trade(order, quantity, price) is not null;
                }
            }
        }

        return false;
    }

    /// <summary>The venue's status text of the last order with <paramref name="clientOrderId"/> (e.g. FILLED, canceled), or null.</summary>
    public string? OrderStatus(string clientOrderId)
    {
        lock (_state.Binance.Sync)
        {
            if (_state.Binance.Orders.LastOrDefault(o => o.ClientOrderId == clientOrderId) is { } b)
            {
                return BinanceJson.Status(b.State);
            }
        }

        lock (_state.Alpaca.Sync)
        {
            return _state.Alpaca.Orders.LastOrDefault(o => o.ClientOrderId == clientOrderId) is { } a ? Alpaca.AlpacaJson.Status(a.State) : null;
        }
    }

    /// <summary>Every order either venue has received, oldest first (what a test compares with the engine's journal).</summary>
    public IReadOnlyList<EmulatorOrderView> Orders()
    {
        var views = new List<EmulatorOrderView>();
        foreach (var exchange in (ReadOnlySpan<Exchange>)[_state.Binance, _state.Alpaca])
        {
            lock (exchange.Sync)
            {
                views.AddRange(exchange.Orders.Select(o => new EmulatorOrderView(exchange.Settings.Venue, o.ClientOrderId, o.Symbol,
                    o.Side == Side.Buy ? "buy" : "sell", o.Quantity, o.Executed, o.State.ToString().ToLowerInvariant(), o.IsOpen)));
            }
        }

        return views;
    }

    /// <summary>Every execution on either venue, oldest first.</summary>
    public IReadOnlyList<EmulatorTradeView> Trades()
    {
        var views = new List<EmulatorTradeView>();
        foreach (var exchange in (ReadOnlySpan<Exchange>)[_state.Binance, _state.Alpaca])
        {
            lock (exchange.Sync)
            {
                var byId = exchange.Orders.ToDictionary(o => o.Id);
                views.AddRange(exchange.Trades.Select(t => new EmulatorTradeView(exchange.Settings.Venue, t.Id, byId[t.OrderId].ClientOrderId, t.Symbol,
                    t.Side == Side.Buy ? "buy" : "sell", t.Quantity, t.Price, t.Commission)));
            }
        }

        return views;
    }

    /// <summary>Arms a REST fault.</summary>
    public void AddFault(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _state.Faults.Add(rule);
        Log.FaultArmed(_state.Logger, rule.Kind, rule.Status, rule.Method, rule.Path, rule.Count);
    }

    /// <summary>Removes every armed REST fault and the latency.</summary>
    public void ClearFaults() => _state.Faults.Clear();

    /// <summary>Added to every REST response.</summary>
    public TimeSpan Latency
    {
        get => _state.Faults.Latency;
        set => _state.Faults.Latency = value;
    }

    /// <summary>Added to Binance's server time: positive = the venue's clock runs ahead of ours.</summary>
    public TimeSpan ClockSkew
    {
        get => _state.ClockSkew;
        set => _state.ClockSkew = value;
    }

    /// <summary>The next <paramref name="count"/> cancel requests find their order filled just before they arrive (the fill races the cancel).</summary>
    public void ArmCancelRace(int count = 1)
    {
        _state.Binance.ArmCancelRace(count);
        _state.Alpaca.ArmCancelRace(count);
    }

    /// <summary>Drops every open stream without a close handshake; returns how many.</summary>
    public int DropStreams()
    {
        var count = _state.Hub.DropAll();
        Log.StreamsDropped(_state.Logger, count);
        return count;
    }

    /// <summary>While true, stream connections are dropped and new ones refused with HTTP 503; events in between are lost, as on a venue.</summary>
    public bool StreamsDown
    {
        get => _state.Hub.Down;
        set
        {
            _state.Hub.SetDown(value);
            Log.StreamsState(_state.Logger, value ? "down" : "up");
        }
    }

    /// <summary>Send every stream event twice.</summary>
    public bool DuplicateEvents
    {
        get => _state.Hub.DuplicateEvents;
        set => _state.Hub.DuplicateEvents = value;
    }

    /// <summary>Swap each pair of stream events.</summary>
    public bool ReorderEvents
    {
        get => _state.Hub.ReorderEvents;
        set => _state.Hub.ReorderEvents = value;
    }

    /// <summary>Alpaca's market clock: while closed, orders are accepted but held until it opens. Default open.</summary>
    public bool MarketOpen
    {
        get => _state.Alpaca.MarketOpen;
        set => _state.Alpaca.MarketOpen = value;
    }

    /// <summary>Open stream connections of every kind.</summary>
    public int StreamCount => _state.Hub.Count;

    /// <summary>Open connections of one kind: <c>binance-user</c>, <c>binance-market</c>, <c>alpaca-trading</c>, <c>alpaca-data</c>.</summary>
    public int StreamCountOf(string topic) => _state.Hub.CountOf(topic);

    /// <summary>Listen-key keep-alives received (PUT /api/v3/userDataStream).</summary>
    public int ListenKeyKeepAlives => _binance.KeepAlives;
}
