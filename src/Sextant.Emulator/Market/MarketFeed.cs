namespace Sextant.Emulator.Market;

/// <summary>
/// The replay clock and every symbol's series. At <c>speed</c> S, S seconds of bars pass per wall-clock second
/// (600 = ten minutes of bars per second); speed 0 stops the clock so tests move prices by hand. Each revealed bar is
/// handed to the listeners (matching, kline streams) in time order. Thread-safe.
/// </summary>
internal sealed class MarketFeed
{
    private readonly Dictionary<string, PriceSeries> _series = new(StringComparer.Ordinal);
    private readonly List<Action<string, Candle>> _listeners = [];
    private readonly object _sync = new();
    private double _pendingMs;

    public MarketFeed(double speed) => Speed = speed;

    public double Speed { get; }

    public IReadOnlyCollection<string> Symbols
    {
        get
        {
            lock (_sync)
            {
                return [.. _series.Keys];
            }
        }
    }

    public void Add(PriceSeries series)
    {
        lock (_sync)
        {
            _series.Add(series.Symbol, series);
        }
    }

    public void Subscribe(Action<string, Candle> listener)
    {
        lock (_sync)
        {
            _listeners.Add(listener);
        }
    }

    public bool Has(string symbol)
    {
        lock (_sync)
        {
            return _series.ContainsKey(symbol);
        }
    }

    /// <summary>The last revealed close of <paramref name="symbol"/>.</summary>
    public decimal Price(string symbol)
    {
        lock (_sync)
        {
            return _series[symbol].Last.Close;
        }
    }

    public Candle Last(string symbol)
    {
        lock (_sync)
        {
            return _series[symbol].Last;
        }
    }

    /// <summary>A copy of the revealed bars of <paramref name="symbol"/>, oldest first.</summary>
    public List<Candle> History(string symbol)
    {
        lock (_sync)
        {
            return [.. _series[symbol].History];
        }
    }

    /// <summary>Sets the price of <paramref name="symbol"/> now (a flat bar) and tells the listeners.</summary>
    public void SetPrice(string symbol, decimal price)
    {
        lock (_sync)
        {
            var candle = _series[symbol].SetPrice(price);
            Notify(symbol, candle);
        }
    }

    /// <summary>Reveals the next bar of every series.</summary>
    public void Step()
    {
        lock (_sync)
        {
            foreach (var series in _series.Values)
            {
                Notify(series.Symbol, series.Next());
            }
        }
    }

    /// <summary>Moves the replay clock by <paramref name="wall"/> of wall time at <see cref="Speed"/>.</summary>
    public void Advance(TimeSpan wall)
    {
        lock (_sync)
        {
            _pendingMs += wall.TotalMilliseconds * Speed;
            while (_pendingMs >= Candle.MinuteMs)
            {
                _pendingMs -= Candle.MinuteMs;
                foreach (var series in _series.Values)
                {
                    Notify(series.Symbol, series.Next());
                }
            }
        }
    }

    /// <summary>Runs the replay clock until <paramref name="cancellationToken"/> fires; returns at once when the speed is 0.</summary>
    public async Task RunAsync(TimeProvider time, CancellationToken cancellationToken)
    {
        if (Speed <= 0)
        {
            return;
        }

        var tick = TimeSpan.FromMilliseconds(Math.Clamp(Candle.MinuteMs / Speed / 2, 5, 250));
        using var timer = new PeriodicTimer(tick, time);
        var last = time.GetTimestamp();
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                var now = time.GetTimestamp();
                Advance(time.GetElapsedTime(last, now));
                last = now;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    private void Notify(string symbol, Candle candle)
    {
        foreach (var listener in _listeners)
        {
            listener(symbol, candle);
        }
    }
}
