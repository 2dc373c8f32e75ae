using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Sextant.Brokers.BinanceUs.Rest;
using Sextant.Brokers.BinanceUs.Stream;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Execution.Brokers;

namespace Sextant.Brokers.BinanceUs.Broker;

/// <summary>
/// Binance US spot as an <see cref="IBroker"/>: signed REST for requests, the user-data stream for execution reports
/// (NEW, TRADE, CANCELED, REJECTED, EXPIRED become order events), exchange filters checked before anything is sent,
/// and after every stream reconnect the fills missed while it was down are fetched over REST and pushed as events.
/// Events reach the sink once each (REST answers and the stream report the same facts) and may come from the stream's
/// thread: a single-threaded consumer such as the OrderManager must be fed through a queue. Call <see cref="StartAsync"/> first.
/// </summary>
public sealed partial class BinanceUsBroker : IBroker, IRequestBudget, IAsyncDisposable
{
    private readonly BinanceUsOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly BinanceRestClient _rest;
    private readonly ConcurrentDictionary<string, SymbolFilters> _filters = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<ClientOrderId, KnownOrder> _known = new();
    private readonly ConcurrentDictionary<long, ClientOrderId> _byVenueId = new();
    private readonly ConcurrentDictionary<string, long> _lastTradeId = new(StringComparer.Ordinal);
    private readonly UserDataStream _stream;
    private readonly ExecutionReport _report = new(); // read into by the stream, one message at a time
    private DeduplicatingSink? _sink;

    /// <summary>Creates the adapter; nothing is sent until <see cref="StartAsync"/>.</summary>
    public BinanceUsBroker(BinanceUsOptions options, TimeProvider time, ILogger<BinanceUsBroker>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _options = options;
        _time = time;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _rest = new BinanceRestClient(options, time, _logger);
        _stream = new UserDataStream(options, _rest, time, _logger, OnStreamMessage, OnStreamReconnectedAsync);
    }

    /// <inheritdoc />
    public BrokerId Id => _options.Id;

    /// <summary>Request weight used this minute, from <c>X-MBX-USED-WEIGHT-1M</c> (limit 1200).</summary>
    public int UsedWeight => _rest.UsedWeight;

    /// <inheritdoc />
    int? IRequestBudget.RequestsUsed => UsedWeight;

    /// <inheritdoc />
    int? IRequestBudget.RequestLimit => BinanceRestClient.WeightLimit;

    /// <summary>The venue's clock minus ours, in milliseconds, as last measured.</summary>
    public long ClockOffsetMs => _rest.ClockOffsetMs;

    /// <summary>How many times the user-data stream has connected (1 after start; more after reconnects).</summary>
    public int StreamConnections => _stream.Connections;

    /// <inheritdoc />
    public void Connect(IExecutionEventSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        _sink = new DeduplicatingSink(sink);
    }

    /// <summary>Measures the clock offset, loads the exchange filters and (unless switched off) opens the user-data stream; returns once it is connected.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _rest.SyncTimeAsync(cancellationToken).ConfigureAwait(false);
        await LoadFiltersAsync(cancellationToken).ConfigureAwait(false);
        if (_options.UseUserDataStream)
        {
            await _stream.StartAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The venue's lot, tick and minimum-notional rules for <paramref name="symbol"/>, or null when it is not listed.</summary>
    public Execution.Instruments.InstrumentRules? RulesOf(Symbol symbol) => _filters.TryGetValue(symbol.Value, out var f) ? f.ToRules() : null;

    /// <summary>Closes the stream (and its listen key) and the HTTP client.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync().ConfigureAwait(false);
        _rest.Dispose();
    }

    private void Emit(OrderEvent orderEvent) => _sink?.OnOrderEvent(orderEvent);

    private static string Text(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    private static decimal Dec(System.Text.Json.Nodes.JsonNode? node) =>
        decimal.Parse(node!.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
