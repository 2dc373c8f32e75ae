using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Sextant.Brokers.Simulated.Venue;
using Sextant.Config.Schema;
using Sextant.Core.Amounts;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Signals;
using Sextant.Core.Time;
using Sextant.Execution.Brokers;
using Sextant.Execution.Orders;

namespace Sextant.Execution.Tests.Orders;

/// <summary>Every log line about an order, the order manager's and the venue adapter's alike, carries ClientOrderId, Strategy and Broker.</summary>
public sealed partial class OrderManagerLoggingTests
{
    private static readonly Symbol Btc = new("BTCUSDT");

    [Fact]
    public async Task SubmitFillAndCancel_EveryOrderLine_CarriesClientOrderIdStrategyAndBroker()
    {
        using var capture = new CapturingProvider();
        using var logs = LoggerFactory.Create(b => b.AddProvider(capture).SetMinimumLevel(LogLevel.Trace));
        var clock = new SimulatedClock(new UnixNanos(60_000_000_000L));
        var options = SimulatedVenueOptions.FromConfig(new BacktestingConfig { CommissionBps = 0m, SlippageBps = 0m }, new Asset("USDT"), 100_000m);
        var venue = new SimulatedVenue(new BrokerId("binanceus"), options, clock);
        var adapter = new LoggingVenue(venue, logs.CreateLogger("Sextant.Brokers.Adapter"));
        var sut = new OrderManager(adapter, new ExecutionConfig(), clock, strict: true, logs.CreateLogger<OrderManager>());
        venue.OnBar(Btc, new Bar(clock.Now, 37_000, 37_000, 37_000, 37_000, 1_000));

        await sut.SubmitAsync(Ticket(1, OrderType.Market, null), CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(1));
        venue.OnBar(Btc, new Bar(clock.Now, 37_010, 37_010, 37_010, 37_010, 1_000));
        var resting = await sut.SubmitAsync(Ticket(2, OrderType.Limit, new Price(30_000m)), CancellationToken.None);
        await sut.CancelAsync(resting.Id, CancellationToken.None);

        var lines = capture.Lines.ToList();
        Assert.Contains(lines, l => l.Category == "Sextant.Brokers.Adapter" && l.Message.StartsWith("venue: submit", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Category == "Sextant.Brokers.Adapter" && l.Message.StartsWith("venue: cancel", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Message.Contains("filled", StringComparison.Ordinal));
        Assert.All(lines, line =>
        {
            Assert.True(line.Properties.ContainsKey("ClientOrderId"), $"no ClientOrderId: {line.Message}");
            Assert.Equal("btc_eth_pair", line.Properties["Strategy"]);
            Assert.Equal("binanceus", line.Properties["Broker"]);
        });
    }

    private static OrderTicket Ticket(long sequence, OrderType type, Price? limit)
    {
        var signal = new Signal(Btc, SignalAction.Buy, AssetClass.Crypto, new StrategyId("btc_eth_pair"), new UnixNanos(sequence), quantity: 0.1m,
            orderType: type, limitPrice: limit?.Value);
        return new OrderTicket(signal, sequence, 0, OrderSide.Buy, new Quantity(0.1m), type, limit);
    }

    /// <summary>A venue adapter that logs as the real ones do (without repeating the order's fields), around the real simulated venue.</summary>
    private sealed partial class LoggingVenue(SimulatedVenue inner, ILogger logger) : IBroker
    {
        public BrokerId Id => inner.Id;

        public void Connect(IExecutionEventSink sink) => inner.Connect(sink);

        public ValueTask<SubmitResult> SubmitAsync(Order order, CancellationToken cancellationToken)
        {
            VenueCall(logger, "submit");
            return inner.SubmitAsync(order, cancellationToken);
        }

        public ValueTask<CancelResult> CancelAsync(Order order, CancellationToken cancellationToken)
        {
            VenueCall(logger, "cancel");
            return inner.CancelAsync(order, cancellationToken);
        }

        public ValueTask<OrderReport?> QueryAsync(ClientOrderId id, Symbol symbol, CancellationToken cancellationToken) => inner.QueryAsync(id, symbol, cancellationToken);

        public ValueTask<IReadOnlyList<OrderReport>> GetOpenOrdersAsync(CancellationToken cancellationToken) => inner.GetOpenOrdersAsync(cancellationToken);

        public ValueTask<AccountState> GetAccountAsync(CancellationToken cancellationToken) => inner.GetAccountAsync(cancellationToken);

        public ValueTask<IReadOnlyList<Fill>> GetFillsAsync(UnixNanos since, CancellationToken cancellationToken) => inner.GetFillsAsync(since, cancellationToken);

        [LoggerMessage(EventId = 9201, Level = LogLevel.Debug, Message = "venue: {Call}")]
        private static partial void VenueCall(ILogger logger, string call);
    }

    /// <summary>Records each line with its own properties and those of the scopes around it, as Serilog's provider does.</summary>
    private sealed class CapturingProvider : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

        public ConcurrentQueue<(string Category, string Message, Dictionary<string, object?> Properties)> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Capturing(this, categoryName);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Capturing(CapturingProvider owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => owner._scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
                owner._scopes.ForEachScope((scope, props) =>
                {
                    if (scope is IEnumerable<KeyValuePair<string, object>> pairs)
                    {
                        foreach (var (k, v) in pairs)
                        {
                            props[k] = v;
                        }
                    }
                }, properties);
                if (state is IEnumerable<KeyValuePair<string, object?>> own)
                {
                    foreach (var (k, v) in own.Where(p => p.Key != "{OriginalFormat}"))
                    {
                        properties[k] = v;
                    }
                }

                owner.Lines.Enqueue((category, formatter(state, exception), properties));
            }
        }
    }
}
