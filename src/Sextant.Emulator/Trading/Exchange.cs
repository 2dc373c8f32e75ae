using System.Globalization;
using Sextant.Emulator.Market;

namespace Sextant.Emulator.Trading;

/// <summary>
/// One venue's book and account: orders, trades and balances, matched against the replayed prices. Venue-neutral; the
/// Binance and Alpaca layers translate wire formats to and from it. Every member is guarded by <see cref="Sync"/>;
/// <see cref="Events"/> handlers run under it and must only serialize and enqueue.
/// </summary>
internal sealed partial class Exchange
{
    private readonly Dictionary<string, InstrumentSpec> _instruments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, decimal> _prices = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Balance> _balances = new(StringComparer.Ordinal);
    private readonly List<EmulatedOrder> _orders = [];
    private readonly List<EmulatedOrder> _open = []; // placement order; what matching and duplicate checks look at, not the whole history
    private readonly HashSet<string> _clientOrderIds = new(StringComparer.Ordinal);
    private readonly List<EmulatedOrder> _matching = [];
    private readonly List<EmulatedTrade> _trades = [];
    private readonly TimeProvider _time;
    private readonly Random _random;
    private long _nextOrderId = 10_000;
    private long _nextTradeId = 500_000;
    private int _cancelRaces;
    private bool _marketOpen = true;

    public Exchange(ExchangeSettings settings, MarketFeed feed, TimeProvider time)
    {
        Settings = settings;
        _time = time;
        _random = new Random(settings.Seed);
        foreach (var spec in settings.Instruments)
        {
            _instruments.Add(spec.Symbol, spec);
            _prices[spec.Symbol] = feed.Price(spec.Symbol);
        }

        foreach (var (asset, amount) in settings.StartingBalances)
        {
            _balances[asset] = new Balance { Free = amount };
        }

        feed.Subscribe(OnCandle);
    }

    public object Sync { get; } = new();

    public ExchangeSettings Settings { get; }

    public event Action<ExchangeEvent>? Events;

    public IReadOnlyList<EmulatedOrder> Orders => _orders;

    public IReadOnlyList<EmulatedTrade> Trades => _trades;

    public IReadOnlyDictionary<string, Balance> Balances => _balances;

    public IReadOnlyDictionary<string, InstrumentSpec> Instruments => _instruments;

    public long NowMs => _time.GetUtcNow().ToUnixTimeMilliseconds();

    public decimal Price(string symbol) => _prices[symbol];

    public Balance BalanceOf(string asset)
    {
        if (!_balances.TryGetValue(asset, out var balance))
        {
            balance = new Balance();
            _balances[asset] = balance;
        }

        return balance;
    }

    /// <summary>Equity orders wait (state Held) while the market is closed and are released when it opens.</summary>
    public bool MarketOpen
    {
        get => _marketOpen;
        set
        {
            lock (Sync)
            {
                _marketOpen = value;
                if (value)
                {
                    foreach (var order in _open.Where(o => o.State == OrderState.Held).ToList())
                    {
                        order.State = OrderState.New;
                        Raise(ExecutionKind.New, order, null);
                        MatchOnArrival(order);
                    }
                }
            }
        }
    }

    /// <summary>The next <paramref name="count"/> cancel requests find their order filled just before they arrive.</summary>
    public void ArmCancelRace(int count)
    {
        lock (Sync)
        {
            _cancelRaces += count;
        }
    }

    public EmulatedOrder? FindOrder(string symbol, long? orderId, string? clientOrderId) =>
        orderId is { } id
            ? _orders.Find(o => o.Id == id && o.Symbol == symbol)
            : _orders.FindLast(o => o.ClientOrderId == clientOrderId && o.Symbol == symbol);

    public string NewUuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4 layout
        return new Guid(bytes).ToString();
    }

    public string NewClientOrderId()
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        return string.Create(22, _random, (span, random) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[random.Next(alphabet.Length)];
            }
        });
    }

    private void OnCandle(string symbol, Candle candle)
    {
        lock (Sync)
        {
            if (!_instruments.ContainsKey(symbol))
            {
                return;
            }

            _prices[symbol] = candle.Close;
            if (!_marketOpen)
            {
                return;
            }

            _matching.Clear();
            foreach (var order in _open)
            {
                if (order.Symbol == symbol && order.State is OrderState.New or OrderState.PartiallyFilled)
                {
                    _matching.Add(order);
                }
            }

            foreach (var order in _matching) // a copy: an execution takes the order off the open list
            {
                if (order.IsMarket)
                {
                    Execute(order, order.Remaining, candle.Open, maker: false);
                }
                else if (order.Side == Side.Buy && candle.Low <= order.LimitPrice)
                {
                    Execute(order, order.Remaining, Math.Min(candle.Open, order.LimitPrice!.Value), maker: true);
                }
                else if (order.Side == Side.Sell && candle.High >= order.LimitPrice)
                {
                    Execute(order, order.Remaining, Math.Max(candle.Open, order.LimitPrice!.Value), maker: true);
                }
            }
        }
    }

    private void Raise(ExecutionKind kind, EmulatedOrder order, EmulatedTrade? trade) =>
        Events?.Invoke(new ExchangeEvent(kind, order, trade, NowMs));

    internal static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
