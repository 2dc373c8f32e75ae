using FsCheck;
using FsCheck.Xunit;
using Sextant.Core.Amounts;

namespace Sextant.Core.Tests.Amounts;

public sealed class QuantityProperties
{
    // Quantities at satoshi precision (8 decimals), as Binance reports them.
    [Property(MaxTest = 200)]
    public bool AddThenSubtract_AnyTwoQuantities_RoundTrips(NonNegativeInt a, NonNegativeInt b)
    {
        var x = new Quantity(a.Get / 100_000_000m);
        var y = new Quantity(b.Get / 100_000_000m);

        return (x + y) - y == x && (x + y) - x == y && x + y >= x;
    }

    [Property(MaxTest = 200)]
    public bool RoundDownToStep_AnyQuantity_NeverExceedsAndIsWithinOneStep(NonNegativeInt lots, PositiveInt stepUnits)
    {
        var step = stepUnits.Get / 1000m;
        var sut = new Quantity(lots.Get / 10_000m);

        var rounded = sut.RoundDownToStep(step);

        return rounded <= sut && sut.Value - rounded.Value < step && rounded.Value % step == 0;
    }
}
