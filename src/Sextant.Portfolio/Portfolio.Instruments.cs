using Sextant.Core.Instruments;

namespace Sextant.Portfolio;

/// <content>Instrument registration: dense indexes and the per-instrument arrays the per-bar path reads.</content>
public sealed partial class Portfolio
{
    private const int InitialCapacity = 4;

    private readonly List<PortfolioInstrument> _instruments = [];
    private int _count; // _instruments.Count, read by the per-bar paths without going through the list
    private readonly Dictionary<Symbol, int> _indexBySymbol = [];

    // Indexed by instrument; sized by capacity, valid up to _instruments.Count.
    private decimal[] _netQuantity = new decimal[InitialCapacity];
    private decimal[] _exactMark = new decimal[InitialCapacity];
    private MarkSource[] _markSource = new MarkSource[InitialCapacity];
    private double[] _quantityEstimate = new double[InitialCapacity];
    private double[] _markEstimate = new double[InitialCapacity];

    /// <summary>Every registered instrument, in index order.</summary>
    public IReadOnlyList<PortfolioInstrument> Instruments => _instruments;

    /// <summary>
    /// Registers an instrument and returns its dense index (0, 1, 2, … in registration order); registering the same
    /// symbol again with the same details returns the existing index, with different details throws <see cref="ArgumentException"/>.
    /// </summary>
    /// <param name="symbol">The traded symbol; must be set.</param>
    /// <param name="assetClass">Crypto or equity.</param>
    /// <param name="baseAsset">The asset bought and sold (e.g. <c>BTC</c>), so fees charged in it shrink the position; <c>default</c> when none.</param>
    public int AddInstrument(Symbol symbol, AssetClass assetClass, Asset baseAsset = default)
    {
        if (!symbol.IsSet)
        {
            throw new ArgumentException("Instrument symbol must be set", nameof(symbol));
        }

        if (!assetClass.IsDefined())
        {
            throw new ArgumentOutOfRangeException(nameof(assetClass), assetClass, $"Instrument {symbol}: asset class must be one of {AssetClasses.AllowedNames}, was {(int)assetClass}");
        }

        if (baseAsset.IsSet && baseAsset == QuoteAsset)
        {
            throw new ArgumentException($"Instrument {symbol}: base asset must differ from the quote asset {QuoteAsset}", nameof(baseAsset));
        }

        if (_indexBySymbol.TryGetValue(symbol, out var existing))
        {
            var known = _instruments[existing];
            return known.AssetClass == assetClass && known.BaseAsset == baseAsset
                ? existing
                : throw new ArgumentException($"Instrument {symbol} is already registered as {known.AssetClass} with base asset '{known.BaseAsset}', now {assetClass} with '{baseAsset}'", nameof(symbol));
        }

        var index = _instruments.Count;
        EnsureCapacity(index + 1);
        _instruments.Add(new PortfolioInstrument(index, symbol, assetClass, baseAsset));
        _count = index + 1;
        _indexBySymbol.Add(symbol, index);
        return index;
    }

    /// <summary>The dense index of a registered <paramref name="symbol"/>; throws <see cref="KeyNotFoundException"/> naming it otherwise.</summary>
    public int InstrumentIndex(Symbol symbol) =>
        _indexBySymbol.TryGetValue(symbol, out var index)
            ? index
            : throw new KeyNotFoundException($"Symbol {symbol} is not registered in this {QuoteAsset} portfolio; call AddInstrument first");

    /// <summary>Looks up the dense index of <paramref name="symbol"/> without throwing.</summary>
    public bool TryGetInstrumentIndex(Symbol symbol, out int index) => _indexBySymbol.TryGetValue(symbol, out index);

    /// <summary>Net quantity of <paramref name="symbol"/> over every strategy, signed base units (what the venue holds); zero when unregistered.</summary>
    public decimal NetQuantity(Symbol symbol) => _indexBySymbol.TryGetValue(symbol, out var index) ? _netQuantity[index] : 0m;

    private void EnsureCapacity(int count)
    {
        if (count <= _netQuantity.Length)
        {
            return;
        }

        var capacity = Math.Max(count, _netQuantity.Length * 2);
        Array.Resize(ref _netQuantity, capacity);
        Array.Resize(ref _exactMark, capacity);
        Array.Resize(ref _markSource, capacity);
        Array.Resize(ref _quantityEstimate, capacity);
        Array.Resize(ref _markEstimate, capacity);
    }
}
