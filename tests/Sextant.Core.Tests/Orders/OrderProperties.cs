using FsCheck;
using FsCheck.Xunit;
using Sextant.Core.Orders;
using Sextant.Core.Tests.Support;

namespace Sextant.Core.Tests.Orders;

public sealed class OrderProperties
{
    // Each fill is (lots of 0.001, price in cents); the order quantity is their sum, so the last fill completes it.
    [Property(MaxTest = 200)]
    public bool Apply_FillsSummingToQuantity_EndsFilledWithAverageWithinFillPrices(NonEmptyArray<Tuple<PositiveInt, PositiveInt>> fills)
    {
        var sizes = fills.Get.Select(f => f.Item1.Get * 0.001m).ToArray();
        var prices = fills.Get.Select(f => f.Item2.Get / 100m).ToArray();
        var sut = new OrderBuilder().WithQuantity(sizes.Sum()).BuildIn(OrderStatus.Accepted);

        for (var i = 0; i < sizes.Length; i++)
        {
            sut.Apply(Events.Filled(sut, sizes[i], prices[i], "t" + i));
        }

        return sut.Status == OrderStatus.Filled
            && sut.FilledQuantity == sut.Quantity
            && sut.LeavesQuantity.IsZero
            && sut.Fills.Count == sizes.Length
            && sut.AveragePrice >= prices.Min()
            && sut.AveragePrice <= prices.Max();
    }
}
