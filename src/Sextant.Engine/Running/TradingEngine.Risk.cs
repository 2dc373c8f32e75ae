using System.Text.Json.Nodes;
using Sextant.Core.Time;
using Sextant.Core.Signals;
using Sextant.Engine.Journal;

namespace Sextant.Engine.Running;

/// <content>The kill switch: on a drawdown or daily-loss breach every open order of the broker is cancelled, positions are flattened when configured, and only orders that reduce a position pass from then on (across restarts, until re-armed).</content>
public sealed partial class TradingEngine
{
    private async Task KillSwitchAsync(EngineBroker broker)
    {
        var reason = broker.Context.Risk.KillReason ?? "kill switch";
        Note("kill_switch", new JsonObject { ["broker"] = broker.Name, ["reason"] = reason });
        Log.KillSwitch(_logger, broker.Name, reason);
        Say($"kill switch at {broker.Name}: {reason}; cancelling open orders, only position-reducing orders from now on");
        ObserveKillSwitch(broker, reason); // observability
        await CancelOpenOrdersAsync(broker).ConfigureAwait(false);
        if (_config.Risk.FlattenOnKill)
        {
            foreach (var position in broker.Context.Portfolio.Positions.Where(p => !p.IsFlat).ToList())
            {
                var signal = new Signal(position.Symbol, SignalAction.Flatten, position.AssetClass, position.Strategy, broker.Clock.GetUnixNanos(),
                    metadata: new Dictionary<string, object>(StringComparer.Ordinal) { ["reason"] = "kill_switch" });
                JournalSignal(broker, signal);
                ObserveSignal(broker, signal); // observability
                await broker.Context.PlaceOrderAsync(signal, broker.Context.Portfolio.MarkPrice(position.Symbol) ?? 0m, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Sends a cancel for every open order of <paramref name="broker"/>; a venue that fails to answer is logged, never a reason to stop cancelling the rest.</summary>
    private async Task CancelOpenOrdersAsync(EngineBroker broker)
    {
        foreach (var order in broker.Context.Orders.OpenOrders.ToList())
        {
            try
            {
                await broker.Context.Orders.CancelAsync(order.Id, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is Core.Errors.BrokerException or HttpRequestException or TaskCanceledException)
            {
                Log.CancelFailed(_logger, broker.Name, order.Id.Value, ex.Message);
                Say($"{broker.Name}: cancel of {order.Id} failed: {ex.Message}");
            }
        }
    }
}
