namespace Sextant.Engine.Running;

/// <content>Observers (dashboard, metrics, alerts): told on the loop's thread; one that throws is logged and the engine goes on.</content>
public sealed partial class TradingEngine
{
    private readonly List<IEngineObserver> _observers = [];

    /// <summary>Adds an observer; call before <see cref="RunAsync"/>.</summary>
    public void AddObserver(IEngineObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        _observers.Add(observer);
    }

    /// <summary>The broker context of <paramref name="broker"/> (portfolio, orders, risk) once started, for read-only views.</summary>
    public Brokers.Context.BrokerContext ContextOf(string broker) => _brokers[broker].Context;

    private void Observe(Action<IEngineObserver> tell)
    {
        if (_replaying || _observers.Count == 0)
        {
            return;
        }

        foreach (var observer in _observers)
        {
            try
            {
                tell(observer);
            }
#pragma warning disable CA1031 // Observers must never stop trading.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Log.ObserverFailed(_logger, ex, observer.GetType().Name);
            }
        }
    }
}
