using Sextant.Config.Schema;
using Sextant.Config.Tests.Support;
using Sextant.Config.Validation;

namespace Sextant.Config.Tests.Schema;

public sealed class DataConfigTests : IDisposable
{
    private readonly TempConfigDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Load_NoAdjustmentGiven_DefaultsToSplit() =>
        Assert.Equal(PriceAdjustment.Split, _dir.Load(null).Config.Data.Adjustment);

    [Theory]
    [InlineData("raw", PriceAdjustment.Raw)]
    [InlineData("dividend", PriceAdjustment.Dividend)]
    [InlineData("all", PriceAdjustment.All)]
    public void Load_Adjustment_Binds(string text, PriceAdjustment expected)
    {
        _dir.Write("a.yaml", $"data:\n  adjustment: {text}\n");

        Assert.Equal(expected, _dir.Load("a.yaml").Config.Data.Adjustment);
    }

    [Fact]
    public void Load_UnknownAdjustment_ReportsLineColumnAndAllowedValues()
    {
        _dir.Write("a.yaml", "data:\n  adjustment: splits\n");

        var problem = Assert.Single(Assert.Throws<ConfigException>(() => _dir.Load("a.yaml")).Problems);

        Assert.StartsWith("a.yaml:2:15: data.adjustment:", problem.ToString(), StringComparison.Ordinal);
        Assert.Contains("raw, split, dividend, all", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AlpacaSourceAdjustedWhileDataAdjustmentIsOn_ReportsTheDoubleAdjustmentAtTheSourceKey()
    {
        _dir.Write("a.yaml", """
            data:
              adjustment: split
              sources:
                alpaca: { type: alpaca, adjustment: all }
            """);

        var problem = Assert.Single(Assert.Throws<ConfigException>(() => _dir.Load("a.yaml")).Problems);

        Assert.StartsWith("a.yaml:4:", problem.ToString(), StringComparison.Ordinal);
        Assert.Contains("data.sources.alpaca.adjustment: must be raw while data.adjustment is split", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AlpacaAdjustedAndDataAdjustmentRaw_IsAccepted()
    {
        _dir.Write("a.yaml", "data:\n  adjustment: raw\n  sources:\n    alpaca: { type: alpaca, adjustment: all }\n");

        Assert.Equal(PriceAdjustment.All, _dir.Load("a.yaml").Config.Data.Sources["alpaca"].Adjustment);
    }
}
