namespace Sextant.Emulator.Market;

/// <summary>
/// One symbol's bars: a recorded series replayed in order, continued by a seeded random walk once it runs out (or from the
/// start when there is no recording). Bars up to <see cref="Cursor"/> are "history"; later ones are the future.
/// Not thread-safe: the feed guards it.
/// </summary>
internal sealed class PriceSeries
{
    private readonly List<Candle> _candles;
    private readonly Random _random;
    private readonly decimal _tick;

    public PriceSeries(string symbol, List<Candle> recorded, int history, decimal tick, int seed)
    {
        Symbol = symbol;
        _candles = recorded;
        _tick = tick;
        _random = new Random(seed);
        Cursor = Math.Clamp(history, 1, Math.Max(1, recorded.Count)) - 1;
        if (_candles.Count == 0)
        {
            throw new ArgumentException($"Series {symbol} needs at least one bar", nameof(recorded));
        }
    }

    public string Symbol { get; }

    /// <summary>Index of the last revealed bar.</summary>
    public int Cursor { get; private set; }

    public Candle Last => _candles[Cursor];

    /// <summary>The revealed bars, oldest first.</summary>
    public IEnumerable<Candle> History => _candles.Take(Cursor + 1);

    /// <summary>Reveals the next bar (recorded, or a random-walk bar after the recording) and returns it.</summary>
    public Candle Next()
    {
        if (Cursor + 1 >= _candles.Count)
        {
            _candles.Add(Walk(_candles[^1]));
        }

        Cursor++;
        return _candles[Cursor];
    }

    /// <summary>Sets the price now: a flat bar one minute after the last one, so the history stays in time order.</summary>
    public Candle SetPrice(decimal price)
    {
        var candle = Candle.Flat(Last.OpenTime + Candle.MinuteMs, price);
        if (Cursor + 1 < _candles.Count)
        {
            // The recorded future shifts one minute later, keeping open times increasing.
            for (var i = Cursor + 1; i < _candles.Count; i++)
            {
                _candles[i] = _candles[i] with { OpenTime = _candles[i].OpenTime + Candle.MinuteMs };
            }
        }

        _candles.Insert(Cursor + 1, candle);
        Cursor++;
        return candle;
    }

    /// <summary>A random-walk series starting at <paramref name="start"/> with <paramref name="history"/> bars ending at <paramref name="endMs"/>.</summary>
    public static List<Candle> RandomWalk(decimal start, int history, long endMs, decimal tick, int seed)
    {
        var walker = new PriceSeries("walk", [Candle.Flat(endMs - (history * Candle.MinuteMs), start)], 1, tick, seed);
        for (var i = 1; i < history; i++)
        {
            walker.Next();
        }

        return walker._candles;
    }

    private Candle Walk(Candle previous)
    {
        // Gaussian minute returns (Box-Muller) with about 0.08% volatility, prices on the tick grid.
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        var z = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        var open = previous.Close;
        var close = Round(open * (decimal)Math.Exp(z * 0.0008));
        var wick = (decimal)(Math.Abs(_random.NextDouble()) * 0.0004);
        var high = Round(Math.Max(open, close) * (1 + wick));
        var low = Round(Math.Min(open, close) * (1 - wick));
        var volume = Math.Round((decimal)(_random.NextDouble() * 10), 6);
        return new Candle(previous.OpenTime + Candle.MinuteMs, open, high, Math.Max(low, _tick), Math.Max(close, _tick), volume);
    }

    private decimal Round(decimal price) => Math.Max(_tick, decimal.Round(price / _tick) * _tick);
}
