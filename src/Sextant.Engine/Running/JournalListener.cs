using Sextant.Core.Orders;
using Sextant.Execution.Orders;

namespace Sextant.Engine.Running;

/// <summary>Hands every order event of one broker to the engine as the order manager applies it (the request before it is sent), which journals it and tells the observers.</summary>
internal sealed class JournalListener(TradingEngine engine, EngineBroker broker) : IOrderListener
{
    public void OnFill(Order order, Fill fill) => engine.OnFill(broker, order, fill);

    public void OnOrderUpdated(Order order) => engine.OnOrderUpdated(broker, order);
}
