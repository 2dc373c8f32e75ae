using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Sextant.Core.Orders;
using Sextant.Core.Signals;
using Sextant.Data.Sources;
using Sextant.Engine.Journal;

namespace Sextant.Engine.Paper;

public sealed partial class PaperEngine
{
    /// <summary>
    /// Streams live bars into the venues and strategies until <paramref name="cancellationToken"/> fires or
    /// <paramref name="duration"/> (wall clock) passes; then cancels or keeps open orders per <c>engine.on_shutdown</c>
    /// and returns the summary.
    /// </summary>
    public async Task<EngineSummary> RunAsync(TimeSpan? duration, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (duration is { } d)
        {
            stopping.CancelAfter(d);
        }

        var bars = Channel.CreateUnbounded<LiveBar>(new UnboundedChannelOptions { SingleReader = true });
        var pumps = _streams.Select(s => ObserveFaults(Task.Run(async () => // observability: a stream that fails for good is an error
        {
            await foreach (var bar in s.Source.StreamBarsAsync(s.Keys, stopping.Token).ConfigureAwait(false))
            {
                await bars.Writer.WriteAsync(bar, stopping.Token).ConfigureAwait(false);
            }
        }, CancellationToken.None), s.Source.Name)).ToList();
        Say($"paper: streaming {string.Join(", ", _streams.SelectMany(s => s.Keys))} into {string.Join(", ", _brokers.Keys)}; journal {_journal.Path}");
        Note("start", new JsonObject { ["brokers"] = string.Join(",", _brokers.Keys) });
        try
        {
            await foreach (var live in bars.Reader.ReadAllAsync(stopping.Token).ConfigureAwait(false))
            {
                await _gate.EnterAsync(stopping.Token).ConfigureAwait(false); // observability: dashboard actions run between bars
                try
                {
                    await OnBarAsync(live, stopping.Token).ConfigureAwait(false);
                }
                finally
                {
                    _gate.Exit();
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Ctrl-C, SIGTERM or --for: stop taking signals and shut down cleanly below.
        }
        catch (Exception ex) when (ObserveError(ex, "engine loop")) // observability: never true, the error goes on up
        {
        }

        await Task.WhenAll(pumps.Select(p => p.ContinueWith(_ => { }, TaskScheduler.Default))).ConfigureAwait(false);
        await _gate.RunAsync(async _ => // observability: not during a dashboard action
        {
            await ShutdownAsync().ConfigureAwait(false);
            ObserveStop(); // observability
        }, CancellationToken.None).ConfigureAwait(false);
        return Summary(watch.Elapsed);
    }

    internal void Journal(JournalEntryType type, string? broker, string? orderId, JsonObject data) => Write(type, broker, orderId, data);

    internal void OnFill(string broker, Order order, Fill fill)
    {
        _brokers[broker].Fills++;
        Write(JournalEntryType.Fill, broker, order.Id.Value, new JsonObject
        {
            ["trade_id"] = fill.TradeId,
            ["symbol"] = fill.Symbol.Value,
            ["side"] = fill.Side.ToString().ToLowerInvariant(),
            ["quantity"] = fill.Quantity.Value,
            ["price"] = fill.Price.Value,
            ["fee"] = fill.Fee.Amount,
            ["fee_asset"] = fill.Fee.Asset.Value,
        });
        Say(string.Create(CultureInfo.InvariantCulture,
            $"fill: {broker} {fill.Side.ToString().ToLowerInvariant()} {decimal.Round(fill.Quantity.Value, 8)} {fill.Symbol} @ {fill.Price.Value:0.####} ({order.Strategy}, {order.Id}) at {fill.Time.ToDateTimeOffset():yyyy-MM-dd HH:mm}"));
    }

    private async Task OnBarAsync(LiveBar live, CancellationToken cancellationToken)
    {
        _bars++;
        if (live.Bar.Time.Value > _clock.Now.Value)
        {
            _clock.AdvanceTo(live.Bar.Time);
        }

        foreach (var broker in _brokers.Values.Where(b => b.Trades(live.Key)))
        {
            broker.OnBar(live.Key, live.Bar);
            if (broker.Context.Risk.OnEquity(broker.Clock.Now, broker.Context.Portfolio.Equity))
            {
                await KillSwitchAsync(broker).ConfigureAwait(false);
            }

            if (broker.Context.Orders.OpenOrderCount > 0)
            {
                await broker.Context.Orders.CheckTimeoutsAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var feed in _feeds.Where(f => f.Reads(live.Key)))
        {
            feed.Add(live.Key, live.Bar);
            if (feed.ReadyFrame() is not { } frame)
            {
                continue;
            }

            foreach (var signal in feed.Strategy.GenerateSignals(frame))
            {
                await PlaceAsync(feed, signal, cancellationToken).ConfigureAwait(false);
            }
        }

        ObserveBar(in live); // observability: equity, drawdown and data age, allocation-free
    }

    private async Task PlaceAsync(StrategyFeed feed, Signal signal, CancellationToken cancellationToken)
    {
        _signals++;
        var broker = _brokers.Values.First(b => feed.Series.Any(b.Trades));
        Write(JournalEntryType.Signal, broker.Name, null, JsonNode.Parse(SignalJson.Serialize(signal))!.AsObject());
        ObserveSignal(broker, signal); // observability
        var price = (decimal)feed.CloseAt(signal.Symbol, signal.Time);
        var result = await broker.Context.PlaceOrderAsync(signal, price, cancellationToken).ConfigureAwait(false);
        if (result.Refused)
        {
            ObserveRefused(broker, signal, result.Reason, result.Message); // observability
            Note("refused", new JsonObject { ["symbol"] = signal.Symbol.Value, ["reason"] = result.Reason.ToString(), ["detail"] = result.Message });
            Say($"refused: {signal.Strategy} {signal.Symbol}: {result.Reason}: {result.Message}");
        }
    }

    /// <summary>The kill switch tripped at <paramref name="broker"/>: cancel its open orders, flatten when configured, and say so.</summary>
    private async Task KillSwitchAsync(PaperBroker broker)
    {
        var reason = broker.Context.Risk.KillReason ?? "kill switch";
        Note("kill_switch", new JsonObject { ["broker"] = broker.Name, ["reason"] = reason });
        Say($"kill switch at {broker.Name}: {reason}; cancelling open orders, only position-reducing orders from now on");
        ObserveKillSwitch(broker, reason); // observability
        foreach (var order in broker.Context.Orders.OpenOrders.ToList())
        {
            await broker.Context.Orders.CancelAsync(order.Id, CancellationToken.None).ConfigureAwait(false);
        }

        if (_config.Risk.FlattenOnKill)
        {
            foreach (var position in broker.Context.Portfolio.Positions.Where(p => !p.IsFlat).ToList())
            {
                var signal = new Signal(position.Symbol, SignalAction.Flatten, position.AssetClass, position.Strategy, broker.Clock.Now,
                    metadata: new Dictionary<string, object>(StringComparer.Ordinal) { ["reason"] = "kill_switch" });
                Write(JournalEntryType.Signal, broker.Name, null, JsonNode.Parse(SignalJson.Serialize(signal))!.AsObject());
                ObserveSignal(broker, signal); // observability
                await broker.Context.PlaceOrderAsync(signal, broker.Context.Portfolio.MarkPrice(position.Symbol) ?? 0m, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private async Task ShutdownAsync()
    {
        foreach (var broker in _brokers.Values)
        {
            if (_config.Engine.OnShutdown == Config.Schema.ShutdownOrders.Cancel)
            {
                foreach (var order in broker.Context.Orders.OpenOrders.ToList())
                {
                    await broker.Context.Orders.CancelAsync(order.Id, CancellationToken.None).ConfigureAwait(false);
                }
            }
        }

        Note("stop", new JsonObject { ["bars"] = _bars, ["signals"] = _signals });
    }

    private EngineSummary Summary(TimeSpan elapsed) => new(_bars, _signals, [.. _brokers.Values.Select(b =>
    {
        var p = b.Context.Portfolio;
        return new BrokerSummary(b.Name, p.QuoteAsset.Value, b.StartingCash, p.Equity, p.Cash, p.RealizedPnl, p.UnrealizedPnl, p.Fees,
            b.Context.Orders.AllOrders.Count(), b.Fills, b.Context.Orders.OpenOrderCount);
    })], elapsed);

    private void Note(string what, JsonObject data)
    {
        data["event"] = what;
        Write(JournalEntryType.Note, null, null, data);
    }

    private void Say(string line)
    {
        lock (_log)
        {
            _log.WriteLine(line);
        }
    }
}
