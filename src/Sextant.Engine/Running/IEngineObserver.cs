using Sextant.Core.Bars;
using Sextant.Core.Orders;
using Sextant.Core.Signals;
using Sextant.Data.Sources;
using Sextant.Engine.Reconciliation;

namespace Sextant.Engine.Running;

/// <summary>
/// Told what the engine does, on the engine loop's thread, as it happens (the dashboard, metrics and alerts hook in here).
/// Every method has an empty default, so an observer implements only what it needs; an observer must return quickly and
/// must not throw (a throwing observer is logged and the engine goes on).
/// </summary>
public interface IEngineObserver
{
    /// <summary>A strategy emitted <paramref name="signal"/>, routed to <paramref name="broker"/> (journaled before this call).</summary>
    void OnSignal(string broker, Signal signal)
    {
    }

    /// <summary><paramref name="order"/> at <paramref name="broker"/> was created or changed status.</summary>
    void OnOrderUpdated(string broker, Order order)
    {
    }

    /// <summary>A new fill was booked at <paramref name="broker"/>.</summary>
    void OnFill(string broker, Order order, Fill fill)
    {
    }

    /// <summary>A bar reached <paramref name="broker"/>'s venue and marks; <paramref name="equity"/> is its equity after it (quote asset).</summary>
    void OnBar(string broker, LiveBar bar, decimal equity)
    {
    }

    /// <summary>The kill switch tripped at <paramref name="broker"/> (open orders are being cancelled).</summary>
    void OnKillSwitch(string broker, string reason)
    {
    }

    /// <summary>A bar stream or poller ended or lost its connection.</summary>
    void OnDisconnect(string source, string reason)
    {
    }

    /// <summary>Start-up reconciliation of <paramref name="broker"/> with its venue finished.</summary>
    void OnReconciled(string broker, ReconcileReport report)
    {
    }

    /// <summary>Once per engine tick (about a second) for each broker: is it trading, and its last bar.</summary>
    void OnHealth(string broker, BrokerHealth health)
    {
    }
}

/// <summary>A broker's state for health displays: trading or why not, open orders, the last bar's time (UTC ns, 0 before any).</summary>
public sealed record BrokerHealth(bool Trading, string? Reason, int OpenOrders, long LastBarNs);
