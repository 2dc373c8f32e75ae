using Sextant.Core.Orders;

namespace Sextant.Execution.Orders;

/// <summary>Told about every fill and every status change the <see cref="OrderManager"/> applies (the portfolio, the journal, the dashboard).</summary>
public interface IOrderListener
{
    /// <summary>A new fill was applied to <paramref name="order"/> (duplicates are not reported).</summary>
    void OnFill(Order order, Fill fill);

    /// <summary><paramref name="order"/> changed status or was created.</summary>
    void OnOrderUpdated(Order order);
}
