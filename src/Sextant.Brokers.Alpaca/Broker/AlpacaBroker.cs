using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Sextant.Brokers.Alpaca.Rest;
using Sextant.Brokers.Alpaca.Stream;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Execution.Brokers;

namespace Sextant.Brokers.Alpaca.Broker;

/// <summary>
/// Alpaca trading API v2 as an <see cref="IBroker"/>: orders by <c>client_order_id</c>, the <c>trade_updates</c> stream
/// for acceptances, fills, cancels and expiries, market-clock awareness for equities (hold or reject while closed), and a
/// REST resync of fills (account activities) after every stream reconnect. Trade ids are the venue order id plus the
/// cumulative filled quantity, which the stream and the activities both carry, so a fill seen twice counts once.
/// Events may come from the stream's thread. Call <see cref="StartAsync"/> first.
/// </summary>
public sealed partial class AlpacaBroker : IBroker, IRequestBudget, IAsyncDisposable
{
    private static readonly StrategyId External = new("external");
    private readonly AlpacaOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly AlpacaRestClient _rest;
    private readonly TradeUpdatesStream _stream;
    private readonly ConcurrentDictionary<ClientOrderId, KnownOrder> _known = new();
    private readonly ConcurrentDictionary<string, ClientOrderId> _byVenueId = new(StringComparer.Ordinal);
    private DeduplicatingSink? _sink;
    private DateTimeOffset _lastFillTime;

    /// <summary>Creates the adapter; nothing is sent until <see cref="StartAsync"/>.</summary>
    public AlpacaBroker(AlpacaOptions options, TimeProvider time, ILogger<AlpacaBroker>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _options = options;
        _time = time;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _rest = new AlpacaRestClient(options, time, _logger);
        _stream = new TradeUpdatesStream(options, time, _logger, OnTradeUpdate, OnReconnectedAsync);
        _lastFillTime = time.GetUtcNow();
    }

    /// <inheritdoc />
    public BrokerId Id => _options.Id;

    /// <summary>Trading API requests used in the current minute (from its <c>X-RateLimit-*</c> headers); null before the first answer.</summary>
    public int? RateLimitUsed => _rest.RateLimitUsed;

    /// <summary>The trading API's request limit per minute; null before the first answer.</summary>
    public int? RateLimitLimit => _rest.RateLimitLimit;

    /// <inheritdoc />
    int? IRequestBudget.RequestsUsed => RateLimitUsed;

    /// <inheritdoc />
    int? IRequestBudget.RequestLimit => RateLimitLimit;

    /// <summary>How many times the trade_updates stream has connected.</summary>
    public int StreamConnections => _stream.Connections;

    /// <inheritdoc />
    public void Connect(IExecutionEventSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        _sink = new DeduplicatingSink(sink);
    }

    /// <summary>Checks the credentials (the clock) and, unless switched off, opens the trade_updates stream; returns once it listens.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await IsMarketOpenAsync(cancellationToken).ConfigureAwait(false);
        if (_options.UseStream)
        {
            await _stream.StartAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Whether the market is open now, from <c>/v2/clock</c>, and when it next opens.</summary>
    public async Task<(bool IsOpen, DateTimeOffset NextOpen)> IsMarketOpenAsync(CancellationToken cancellationToken)
    {
        var clock = _rest.Require(await _rest.SendAsync(HttpMethod.Get, "v2/clock", null, cancellationToken).ConfigureAwait(false), "GET /v2/clock");
        return (clock["is_open"]!.GetValue<bool>(), DateTimeOffset.Parse(clock["next_open"]!.GetValue<string>(), CultureInfo.InvariantCulture));
    }

    /// <summary>Closes the stream and the HTTP client.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync().ConfigureAwait(false);
        _rest.Dispose();
    }

    private void Emit(OrderEvent orderEvent) => _sink?.OnOrderEvent(orderEvent);

    private static string Text(decimal value) => value.ToString("0.#########", CultureInfo.InvariantCulture);

    private static decimal Dec(JsonNode? node) => node is null ? 0m
        : decimal.Parse(node.GetValueKind() == System.Text.Json.JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string TradeId(string venueOrderId, decimal cumulative) => venueOrderId + ":" + Text(cumulative);

    private sealed record KnownOrder(ClientOrderId Id, Symbol Symbol, OrderSide Side, StrategyId Strategy, decimal Quantity)
    {
        public string? VenueId { get; set; }

        public bool Done { get; set; }
    }
}
