using System.Diagnostics;
using Sextant.Core.Time;
using Sextant.Data.Sources;

namespace Sextant.Engine.Running;

/// <content>The loop: one reader of the inbox applies bars, venue reports and ticks in arrival order.</content>
public sealed partial class TradingEngine
{
    private const int BarBound = 10_000;
    private readonly SemaphoreSlim _barSlots = new(BarBound, BarBound);
    /// <summary>Bars handled so far, each through the venues, the strategies and any order it led to (any thread may read it).</summary>
    public long BarsSeen => Volatile.Read(ref _bars);
    private bool _stopping;
    private long _barArrivedAt; // when the bar in hand reached the engine (TimeProvider timestamp); 0 for none

    /// <summary>
    /// Streams live bars into the venues and strategies until <paramref name="cancellationToken"/> fires (Ctrl-C, SIGTERM)
    /// or <paramref name="duration"/> (wall clock) passes; then stops taking signals, cancels or keeps open orders per
    /// <c>engine.on_shutdown</c>, waits briefly for the venues to confirm, journals the stop and returns the summary.
    /// Bars wait in a queue of at most 10,000 (a source waits when it is full); venue reports are never made to wait.
    /// </summary>
    public async Task<EngineSummary> RunAsync(TimeSpan? duration, CancellationToken cancellationToken)
    {
        await StartAsync(cancellationToken).ConfigureAwait(false);
        var watch = Stopwatch.StartNew();
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (duration is { } d)
        {
            stopping.CancelAfter(d);
        }

        var pumps = _streams.Select(s => Task.Run(() => PumpAsync(s.Source, s.Keys, stopping.Token), CancellationToken.None)).ToList();
        var ticks = Task.Run(() => TickAsync(stopping.Token), CancellationToken.None);
        Say($"{Mode.ToString().ToLowerInvariant()}: streaming {string.Join(", ", _streams.SelectMany(s => s.Keys))} into {string.Join(", ", _brokers.Values.Select(b => $"{b.Name} ({b.Describe()})"))}; journal {_journal.Path}");
        try
        {
            while (await _inbox.Reader.WaitToReadAsync(stopping.Token).ConfigureAwait(false))
            {
                // Stopping is checked between items, never inside one: an order request that has begun is seen through
                // (its answer journaled), so a graceful stop never leaves an order whose fate it does not know.
                while (!stopping.IsCancellationRequested && _inbox.Reader.TryRead(out var item))
                {
                    await _gate.EnterAsync(CancellationToken.None).ConfigureAwait(false); // observability: dashboard actions run between items
                    try
                    {
                        await HandleAsync(item, CancellationToken.None).ConfigureAwait(false);
                    }
                    finally
                    {
                        _gate.Exit();
                    }
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

        _stopping = true;
        await Task.WhenAll(pumps.Append(ticks).Select(p => p.ContinueWith(_ => { }, TaskScheduler.Default))).ConfigureAwait(false);
        await _gate.RunAsync(async _ => // observability: not during a dashboard action
        {
            await ShutdownAsync().ConfigureAwait(false);
            ObserveStop(); // observability
        }, CancellationToken.None).ConfigureAwait(false);
        return Summary(watch.Elapsed);
    }

    private async Task HandleAsync(EngineEvent item, CancellationToken cancellationToken)
    {
        switch (item.Kind)
        {
            case EngineEventKind.Bar:
                _barSlots.Release();
                _barArrivedAt = item.ArrivedAt;
                try
                {
                    await OnBarAsync(item.Bar, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    _barArrivedAt = 0; // an order placed outside a bar has no reaction time to report
                }

                break;
            case EngineEventKind.Order:
                item.Source!.Deliver(item.Order!);
                break;
            case EngineEventKind.Tick:
                await OnTickAsync(cancellationToken).ConfigureAwait(false);
                break;
            case EngineEventKind.SourceEnded:
                Log.StreamEnded(_logger, item.Message!, "ended");
                break;
            default:
                break;
        }
    }

    private async Task PumpAsync(ILiveBarSource source, List<Core.Bars.SeriesKey> keys, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var bar in source.StreamBarsAsync(keys, cancellationToken).ConfigureAwait(false))
            {
                var arrivedAt = _options.Time.GetTimestamp(); // before any wait for room: a full inbox is part of the reaction time
                await _barSlots.WaitAsync(cancellationToken).ConfigureAwait(false);
                _inbox.Writer.TryWrite(EngineEvent.OfBar(bar, arrivedAt));
            }

            _inbox.Writer.TryWrite(new EngineEvent(EngineEventKind.SourceEnded, default, null, null, source.Name));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // stopping
        }
#pragma warning disable CA1031 // A source that fails for good is reported; the engine keeps trading what the other sources feed.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.StreamEnded(_logger, source.Name, ex.Message);
            Say($"bar source {source.Name} failed: {ex.Message}");
            ObserveError(ex, "bar stream " + source.Name); // observability
        }
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_options.TickInterval, _options.Time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                _inbox.Writer.TryWrite(new EngineEvent(EngineEventKind.Tick, default, null, null, null));
            }
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }

    /// <summary>Venue brokers live on the wall clock: their acknowledgement timeouts and stale orders are checked on the tick, not on bars.</summary>
    private async Task OnTickAsync(CancellationToken cancellationToken)
    {
        foreach (var broker in _brokers.Values)
        {
            if (broker.Venue == BrokerVenue.Adapter && broker.Context.Orders.OpenOrderCount > 0)
            {
                await broker.Context.Orders.CheckTimeoutsAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task OnBarAsync(LiveBar live, CancellationToken cancellationToken)
    {
        if (live.Bar.Time.Value > _clock.Now.Value)
        {
            _clock.AdvanceTo(live.Bar.Time);
        }

        foreach (var broker in _brokers.Values)
        {
            if (!broker.Trades(live.Key))
            {
                continue;
            }

            broker.OnBar(live.Key, live.Bar);
            if (broker.PendingAdoptions.Count > 0)
            {
                AdoptPending(broker, live.Key.Symbol);
            }

            if (broker.Context.Risk.OnEquity(broker.Clock.GetUnixNanos(), broker.Context.Portfolio.Equity))
            {
                await KillSwitchAsync(broker).ConfigureAwait(false);
            }

            if (broker.Context.Orders.OpenOrderCount > 0)
            {
                await broker.Context.Orders.CheckTimeoutsAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var feed in _feeds)
        {
            if (!feed.Reads(live.Key))
            {
                continue;
            }

            if (!feed.Warmed)
            {
                await WarmUpAsync(feed, live.Bar.Time, cancellationToken).ConfigureAwait(false);
            }

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

        _journal.Flush();
        ObserveBar(in live); // observability: equity, drawdown and data age, allocation-free
        Interlocked.Increment(ref _bars);
    }
}
