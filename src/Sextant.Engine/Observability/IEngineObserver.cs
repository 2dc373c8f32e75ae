using Sextant.Core.Instruments;
using Sextant.Core.Orders;
using Sextant.Core.Signals;
using Sextant.Data.Sources;

namespace Sextant.Engine.Observability;

/// <summary>
/// Hears what a running engine does, for the dashboard, metrics and alerts (the CLI composes one that fans out to all
/// three). Orders and fills are not here: the observer attaches its own listeners to the order managers in
/// <see cref="OnStart"/>. Every call comes from the engine loop (or with its <see cref="EngineGate"/> held), returns at once
/// and never throws; <see cref="OnBar"/> runs once per bar and must not allocate, block or do I/O.
/// </summary>
public interface IEngineObserver
{
    /// <summary>The engine is about to run: its brokers, order managers, portfolios, sources and gate.</summary>
    void OnStart(EngineView view);

    /// <summary>A bar went through the venues, the risk checks and the strategies.</summary>
    void OnBar(in LiveBar bar);

    /// <summary>A strategy emitted <paramref name="signal"/>, routed to <paramref name="broker"/> (journaled already).</summary>
    void OnSignal(BrokerId broker, Signal signal);

    /// <summary>
    /// An order a signal led to was handed to <paramref name="broker"/>'s venue, <paramref name="sinceBar"/> after the bar
    /// behind it reached the engine: the engine's own reaction time (strategy, journal, sizing, risk, the request), not the
    /// network's or the venue's. Nothing by default.
    /// </summary>
    void OnOrderSent(BrokerId broker, TimeSpan sinceBar)
    {
    }

    /// <summary>A signal was refused before it became an order (sizing, dust, risk limits, kill switch).</summary>
    void OnRefused(BrokerId broker, Signal signal, RejectReason reason, string? message);

    /// <summary>The kill switch of <paramref name="broker"/> tripped.</summary>
    void OnKillSwitch(BrokerId broker, string reason);

    /// <summary>An error the engine did not handle (the run ends with it) or a bar stream that failed for good.</summary>
    void OnError(Exception exception, string where);

    /// <summary>The engine has shut down (open orders cancelled or kept per <c>engine.on_shutdown</c>).</summary>
    void OnStop();
}
