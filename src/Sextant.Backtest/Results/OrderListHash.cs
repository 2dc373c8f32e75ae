using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Sextant.Core.Orders;

namespace Sextant.Backtest.Results;

/// <summary>
/// A fingerprint of a run's orders (creation time, strategy, symbol, side, quantity, type, limit, final status, filled
/// quantity; quantities to 10 decimal places, so rounding noise in the last of decimal's 28 digits does not count): two runs
/// with the same hash sent the same orders. Golden-master tests pin it.
/// </summary>
public static class OrderListHash
{
    /// <summary>Lower-case hex SHA-256 of one line per order, in the given order.</summary>
    public static string Compute(IEnumerable<Order> orders)
    {
        ArgumentNullException.ThrowIfNull(orders);
        var text = new StringBuilder();
        foreach (var o in orders)
        {
            text.Append(CultureInfo.InvariantCulture, $"{o.CreatedAt.Value},{o.Strategy},{o.Symbol},{o.Side},{decimal.Round(o.Quantity.Value, 10)},{o.OrderType},{o.LimitPrice?.Value},{o.Status},{decimal.Round(o.FilledQuantity.Value, 10)}\n");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
