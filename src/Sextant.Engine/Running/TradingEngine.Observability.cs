using Sextant.Core.Orders;
using Sextant.Core.Signals;
using Sextant.Data.Sources;
using Sextant.Engine.Observability;

namespace Sextant.Engine.Running;

/// <content>
/// Observability: one <see cref="IEngineObserver"/> (the CLI's fan-out to dashboard, metrics and alerts) hears the run, and
/// the <see cref="EngineGate"/> lets its requests (a dashboard cancel, a snapshot) run between two inbox items, never
/// during one (a bar, a venue report, a tick). The observer is told what the engine holds once the brokers are started
/// (their books rebuilt from the journal and reconciled), and attaches its own listeners to the order managers then. The
/// loop calls the helpers below at call sites marked <c>// observability:</c>; without an observer each costs one null check.
/// </content>
public sealed partial class TradingEngine
{
    private readonly EngineGate _gate = new();
    private IEngineObserver? _observer;
    private bool _observerStarted;

    /// <summary>The loop's turn: hold it to touch an order manager or portfolio from another thread.</summary>
    public EngineGate Gate => _gate;

    /// <summary>
    /// Attaches <paramref name="observer"/> (one per engine); it hears <see cref="IEngineObserver.OnStart"/> as soon as the
    /// brokers are started (at once when they already are). Call before <see cref="RunAsync"/>.
    /// </summary>
    public void Observe(IEngineObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        if (_observer is not null)
        {
            throw new InvalidOperationException("this engine already has an observer");
        }

        _observer = observer;
        StartObserver();
    }

    /// <summary>The broker context of <paramref name="broker"/> (portfolio, orders, risk) once started, for read-only views and tests.</summary>
    public Brokers.Context.BrokerContext ContextOf(string broker) => _brokers[broker].Context;

    /// <summary>What an observer sees: every broker with the series it trades, and every live source with its status.</summary>
    internal EngineView View()
    {
        var brokers = _brokers.Values.Select(b => new EngineBrokerView(b.Context.Id, b.Context.Orders, b.Context.Portfolio, b.Context.Risk,
            [.. _streams.SelectMany(s => s.Keys).Where(b.Trades).Distinct()], b.Broker as Execution.Brokers.IRequestBudget)).ToList();
        var sources = _streams.Select(s => new EngineSourceView(s.Source.Name, s.Keys, s.Source as ILiveSourceStatus)).ToList();
        return new EngineView(Mode.ToString().ToLowerInvariant(), brokers, sources, () => EngineNow, _gate);
    }

    private void StartObserver()
    {
        if (_observer is not null && _started && _brokers.Values.All(b => b.IsAttached) && !_observerStarted)
        {
            _observerStarted = true;
            _observer.OnStart(View());
        }
    }

    private void ObserveBar(in LiveBar bar) => _observer?.OnBar(in bar);

    private void ObserveSignal(EngineBroker broker, Signal signal) => _observer?.OnSignal(broker.Context.Id, signal);

    private void ObserveOrderSent(EngineBroker broker, TimeSpan sinceBar) => _observer?.OnOrderSent(broker.Context.Id, sinceBar);

    private void ObserveRefused(EngineBroker broker, Signal signal, RejectReason reason, string? message) =>
        _observer?.OnRefused(broker.Context.Id, signal, reason, message);

    private void ObserveKillSwitch(EngineBroker broker, string reason) => _observer?.OnKillSwitch(broker.Context.Id, reason);

    private void ObserveStop()
    {
        if (_observerStarted)
        {
            _observer?.OnStop();
        }
    }

    /// <summary>Tells the observer about an error the loop does not handle; false, so the exception filter lets it go on up.</summary>
    private bool ObserveError(Exception error, string where)
    {
        _observer?.OnError(error, where);
        return false;
    }
}
