using Sextant.Core.Instruments;

namespace Sextant.Portfolio;

/// <content>Exposure: market value of the net position per instrument (what the venue holds), summed by symbol and asset class.</content>
public sealed partial class Portfolio
{
    /// <summary>Long and short market value over every instrument at the current marks, quote units: gross Σ |q × mark|, net Σ q × mark.</summary>
    public Exposure Exposure
    {
        get
        {
            var total = default(Exposure);
            for (var i = 0; i < _instruments.Count; i++)
            {
                total += MarketValueOf(i);
            }

            return total;
        }
    }

    /// <summary>Exposure per asset class, quote units, for the classes with a non-zero net position.</summary>
    public IReadOnlyDictionary<AssetClass, Exposure> ExposureByAssetClass()
    {
        var result = new Dictionary<AssetClass, Exposure>();
        for (var i = 0; i < _instruments.Count; i++)
        {
            if (_netQuantity[i] != 0)
            {
                var assetClass = _instruments[i].AssetClass;
                result[assetClass] = result.GetValueOrDefault(assetClass) + MarketValueOf(i);
            }
        }

        return result.AsReadOnly();
    }

    /// <summary>Exposure per symbol, quote units, for the symbols with a non-zero net position.</summary>
    public IReadOnlyDictionary<Symbol, Exposure> ExposureBySymbol()
    {
        var result = new Dictionary<Symbol, Exposure>();
        for (var i = 0; i < _instruments.Count; i++)
        {
            if (_netQuantity[i] != 0)
            {
                result[_instruments[i].Symbol] = MarketValueOf(i);
            }
        }

        return result.AsReadOnly();
    }

    private Exposure MarketValueOf(int index) => Exposure.Of(_netQuantity[index] * MarkOf(index));
}
