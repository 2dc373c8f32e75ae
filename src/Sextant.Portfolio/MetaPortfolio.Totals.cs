using System.Collections.ObjectModel;
using Sextant.Core.Instruments;
using Sextant.Core.Time;

namespace Sextant.Portfolio;

/// <content>Totals over every broker's portfolio, converted into the reporting asset.</content>
public sealed partial class MetaPortfolio
{
    /// <summary>Σ starting cash, reporting-asset units.</summary>
    public decimal StartingCash => Sum(p => p.StartingCash);

    /// <summary>Σ cash, reporting-asset units.</summary>
    public decimal Cash => Sum(p => p.Cash);

    /// <summary>Σ exact equity, reporting-asset units.</summary>
    public decimal Equity => Sum(p => p.Equity);

    /// <summary>Σ realized PnL before fees, reporting-asset units.</summary>
    public decimal RealizedPnl => Sum(p => p.RealizedPnl);

    /// <summary>Σ unrealized PnL, reporting-asset units.</summary>
    public decimal UnrealizedPnl => Sum(p => p.UnrealizedPnl);

    /// <summary>Σ fees valued in each quote asset, reporting-asset units (third-asset fees stay in each portfolio's <see cref="Portfolio.ExternalFees"/>).</summary>
    public decimal Fees => Sum(p => p.Fees);

    /// <summary>Realized + unrealized − fees, reporting-asset units.</summary>
    public decimal NetPnl => RealizedPnl + UnrealizedPnl - Fees;

    /// <summary>Σ exposure, reporting-asset units.</summary>
    public Exposure Exposure
    {
        get
        {
            var total = default(Exposure);
            foreach (var portfolio in _portfolios.Values)
            {
                total += portfolio.Exposure * RateOf(portfolio);
            }

            return total;
        }
    }

    /// <summary>Exposure per asset class over every broker, reporting-asset units.</summary>
    public IReadOnlyDictionary<AssetClass, Exposure> ExposureByAssetClass() => Merge(p => p.ExposureByAssetClass());

    /// <summary>Exposure per symbol over every broker (one symbol on two brokers is summed), reporting-asset units.</summary>
    public IReadOnlyDictionary<Symbol, Exposure> ExposureBySymbol() => Merge(p => p.ExposureBySymbol());

    /// <summary>An immutable copy of the totals and of every broker's snapshot (each in its own quote asset).</summary>
    /// <param name="asOf">The time the snapshot describes (engine time, UTC).</param>
    public MetaPortfolioSnapshot Snapshot(UnixNanos asOf)
    {
        var brokers = new Dictionary<BrokerId, PortfolioSnapshot>();
        var rates = new Dictionary<Asset, decimal>();
        foreach (var (broker, portfolio) in _portfolios)
        {
            brokers.Add(broker, portfolio.Snapshot(asOf));
            rates[portfolio.QuoteAsset] = RateOf(portfolio);
        }

        return new MetaPortfolioSnapshot
        {
            AsOf = asOf,
            ReportingAsset = ReportingAsset,
            StartingCash = StartingCash,
            Cash = Cash,
            Equity = Equity,
            RealizedPnl = RealizedPnl,
            UnrealizedPnl = UnrealizedPnl,
            Fees = Fees,
            Exposure = Exposure,
            ExposureByAssetClass = ExposureByAssetClass(),
            ExposureBySymbol = ExposureBySymbol(),
            ConversionRates = rates.AsReadOnly(),
            Brokers = brokers.AsReadOnly(),
        };
    }

    private ReadOnlyDictionary<TKey, Exposure> Merge<TKey>(Func<Portfolio, IReadOnlyDictionary<TKey, Exposure>> exposures)
        where TKey : notnull
    {
        var result = new Dictionary<TKey, Exposure>();
        foreach (var portfolio in _portfolios.Values)
        {
            var rate = RateOf(portfolio);
            foreach (var (key, exposure) in exposures(portfolio))
            {
                result[key] = result.GetValueOrDefault(key) + (exposure * rate);
            }
        }

        return result.AsReadOnly();
    }
}
