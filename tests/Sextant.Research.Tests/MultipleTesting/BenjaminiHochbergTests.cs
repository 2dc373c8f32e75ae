using Sextant.Research.MultipleTesting;

namespace Sextant.Research.Tests.MultipleTesting;

public sealed class BenjaminiHochbergTests
{
    [Fact]
    public void Adjust_TenPValues_EqualsStatsmodelsBitForBit()
    {
        double[] p = [0.01, 0.04, 0.03, 0.005, 0.2, 0.04, 0.9, 0.5, 0.0001, 0.06];

        var sut = BenjaminiHochberg.Adjust(p);

        // statsmodels 0.13.5 multipletests([0.01, 0.04, 0.03, 0.005, 0.2, 0.04, 0.9, 0.5, 0.0001, 0.06], method='fdr_bh')[1]
        Assert.Equal(
            [0.03333333333333333, 0.06666666666666667, 0.06666666666666667, 0.024999999999999998, 0.25, 0.06666666666666667, 0.9, 0.5555555555555556, 0.001, 0.08571428571428572],
            sut);
    }

    [Fact]
    public void Adjust_LargeRawValue_IsCappedAtOne()
    {
        var sut = BenjaminiHochberg.Adjust([0.9, 0.95]);

        Assert.Equal([0.95, 0.95], sut);
    }

    [Fact]
    public void Adjust_Empty_IsEmpty()
    {
        Assert.Empty(BenjaminiHochberg.Adjust([]));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Adjust_OutOfRange_ThrowsNamingIndex(double bad)
    {
        var ex = Assert.Throws<ArgumentException>(() => BenjaminiHochberg.Adjust([0.1, bad]));

        Assert.Contains("element 1", ex.Message, StringComparison.Ordinal);
    }
}
