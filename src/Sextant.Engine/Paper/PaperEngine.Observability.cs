using Sextant.Core.Orders;
using Sextant.Core.Signals;
using Sextant.Data.Sources;
using Sextant.Engine.Observability;

namespace Sextant.Engine.Paper;

/// <content>
/// Observability: one <see cref="IEngineObserver"/> (the CLI's fan-out to dashboard, metrics and alerts) hears the run, and
/// the <see cref="EngineGate"/> lets its requests (a dashboard cancel, a snapshot) run between two bars. The loop calls the
/// helpers below at call sites marked <c>// observability:</c>; without an observer each costs one null check.
/// </content>
public sealed partial class PaperEngine
{
    private readonly EngineGate _gate = new();
    private IEngineObserver? _observer;

    /// <summary>The loop's turn: hold it to touch an order manager or portfolio from another thread.</summary>
    public EngineGate Gate => _gate;

    /// <summary>Attaches <paramref name="observer"/> (one per engine) and tells it what the engine holds; call before <see cref="RunAsync"/>.</summary>
    public void Observe(IEngineObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        if (_observer is not null)
        {
            throw new InvalidOperationException("this engine already has an observer");
        }

        _observer = observer;
        observer.OnStart(View());
    }

    /// <summary>What an observer sees: every broker with the series it trades, and every live source with its status.</summary>
    internal EngineView View()
    {
        var brokers = _brokers.Values.Select(b => new EngineBrokerView(b.Context.Id, b.Context.Orders, b.Context.Portfolio, b.Context.Risk,
            [.. _streams.SelectMany(s => s.Keys).Where(b.Trades).Distinct()])).ToList();
        var sources = _streams.Select(s => new EngineSourceView(s.Source.Name, s.Keys, s.Source as ILiveSourceStatus)).ToList();
        return new EngineView("paper", brokers, sources, () => _clock.Now, _gate);
    }

    private void ObserveBar(in LiveBar bar) => _observer?.OnBar(in bar);

    private void ObserveSignal(PaperBroker broker, Signal signal) => _observer?.OnSignal(broker.Context.Id, signal);

    private void ObserveRefused(PaperBroker broker, Signal signal, RejectReason reason, string? message) =>
        _observer?.OnRefused(broker.Context.Id, signal, reason, message);

    private void ObserveKillSwitch(PaperBroker broker, string reason) => _observer?.OnKillSwitch(broker.Context.Id, reason);

    private void ObserveStop() => _observer?.OnStop();

    /// <summary>Tells the observer about an error the loop does not handle; false, so the exception filter lets it go on up.</summary>
    private bool ObserveError(Exception error, string where)
    {
        _observer?.OnError(error, where);
        return false;
    }

    /// <summary>A bar stream that ends with an exception (not a reconnectable drop: the sources handle those) is an error.</summary>
    private Task ObserveFaults(Task pump, string source)
    {
        _ = pump.ContinueWith(t => ObserveError(t.Exception!.GetBaseException(), "bar stream " + source), CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return pump;
    }
}
