using Sextant.Core.Orders;

namespace Sextant.Execution.Brokers;

/// <summary>Receives what a venue reports about orders (one-method interface, Serilog's sink style).</summary>
public interface IExecutionEventSink
{
    /// <summary>Handles one event; must not throw for events of unknown orders (it reports them instead).</summary>
    void OnOrderEvent(OrderEvent orderEvent);
}
