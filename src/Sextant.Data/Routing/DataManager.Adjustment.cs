using System.Collections.Concurrent;
using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Data.Corporate;

namespace Sextant.Data.Routing;

public sealed partial class DataManager
{
    private readonly ConcurrentDictionary<Symbol, bool> _warnedUnadjusted = new();

    /// <summary>The adjustment applied to equity bars (<c>data.adjustment</c>).</summary>
    public PriceAdjustment Adjustment => _config.Adjustment;

    /// <summary>The Lean factor file of <paramref name="symbol"/>: the store's, else the bundled samples'; null when neither has one.</summary>
    public FactorFile? GetFactorFile(Symbol symbol) =>
        Store.CorporateActions.GetFactorFile(symbol) ?? Samples?.CorporateActions.GetFactorFile(symbol);

    /// <summary>
    /// <paramref name="bars"/> adjusted as <c>data.adjustment</c> says when they are equity bars (<see cref="BarAdjuster"/>); crypto and
    /// unknown asset classes pass through. An equity symbol without a factor file is served raw, with one warning per symbol; a
    /// malformed factor file throws <see cref="Sources.DataException"/> naming it.
    /// </summary>
    private BarSeries Adjust(BarSeries bars, AssetClass? assetClass)
    {
        if (_config.Adjustment == PriceAdjustment.Raw || assetClass != AssetClass.Equity || bars.Count == 0)
        {
            return bars;
        }

        if (GetFactorFile(bars.Key.Symbol) is not { } factors)
        {
            if (_warnedUnadjusted.TryAdd(bars.Key.Symbol, true))
            {
                Log.FactorFileMissing(_logger, bars.Key.Symbol, _config.Adjustment);
            }

            return bars;
        }

        return BarAdjuster.Apply(bars, factors, _config.Adjustment);
    }
}
