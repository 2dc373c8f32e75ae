using Sextant.Research.Distributions;
using Sextant.Research.Tests.Support;

namespace Sextant.Research.Tests.Distributions;

public sealed class NormalTests
{
    [Theory]
    [InlineData(-8.0, 6.22096057427174e-16)]     // scipy 1.10.1 norm.cdf(-8.0)
    [InlineData(-5.0, 2.866515718791933e-07)]    // norm.cdf(-5.0)
    [InlineData(-3.1, 0.0009676032132183563)]    // norm.cdf(-3.1)
    [InlineData(-1.0, 0.15865525393145707)]      // norm.cdf(-1.0)
    [InlineData(-0.1, 0.460172162722971)]        // norm.cdf(-0.1)
    [InlineData(0.0, 0.5)]                       // norm.cdf(0.0)
    [InlineData(0.7, 0.758036347776927)]         // norm.cdf(0.7)
    [InlineData(2.5, 0.9937903346742238)]        // norm.cdf(2.5)
    [InlineData(6.0, 0.9999999990134123)]        // norm.cdf(6.0)
    public void Cdf_Point_MatchesScipyToRoundingAndKeepsTailPrecision(double z, double expected)
    {
        var sut = Normal.Cdf(z);

        Golden.Absolute(expected, sut, 1e-16);
        Golden.Relative(expected, sut, 1e-13);
    }
}
