using Sextant.Core.Instruments;

namespace Sextant.Portfolio;

/// <summary>
/// Sums one <see cref="Portfolio"/> per broker into engine-wide figures in a reporting asset (e.g. <c>USD</c>). A portfolio
/// in another quote asset (e.g. <c>USDT</c>) is converted at its rate from the conversion map, 1:1 when the map has none:
/// simple, explicit, and correct to within the peg for stablecoins. Rates never change on their own; call
/// <see cref="SetConversionRate"/>. Reads the portfolios live, so it is exactly as thread-safe as they are.
/// </summary>
public sealed partial class MetaPortfolio
{
    private readonly Dictionary<BrokerId, Portfolio> _portfolios = [];
    private readonly Dictionary<Asset, decimal> _rates = [];

    /// <summary>Creates an empty aggregate reporting in <paramref name="reportingAsset"/>.</summary>
    /// <param name="reportingAsset">The asset totals are expressed in; must be set.</param>
    /// <param name="conversionRates">Reporting-asset units per unit of a portfolio's quote asset, e.g. <c>USDT → 0.9995</c>; missing assets convert 1:1.</param>
    public MetaPortfolio(Asset reportingAsset, IReadOnlyDictionary<Asset, decimal>? conversionRates = null)
    {
        if (!reportingAsset.IsSet)
        {
            throw new ArgumentException("MetaPortfolio reporting asset must be set", nameof(reportingAsset));
        }

        ReportingAsset = reportingAsset;
        foreach (var (asset, rate) in conversionRates ?? new Dictionary<Asset, decimal>())
        {
            SetConversionRate(asset, rate);
        }
    }

    /// <summary>The asset every total is expressed in.</summary>
    public Asset ReportingAsset { get; }

    /// <summary>The portfolios by broker.</summary>
    public IReadOnlyDictionary<BrokerId, Portfolio> Portfolios => _portfolios;

    /// <summary>Adds the portfolio of <paramref name="broker"/>; throws <see cref="ArgumentException"/> when that broker already has one.</summary>
    public void Add(BrokerId broker, Portfolio portfolio)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        if (!broker.IsSet)
        {
            throw new ArgumentException("Broker id must be set", nameof(broker));
        }

        if (!_portfolios.TryAdd(broker, portfolio))
        {
            throw new ArgumentException($"Broker {broker} already has a portfolio", nameof(broker));
        }
    }

    /// <summary>Sets how many reporting-asset units one unit of <paramref name="quoteAsset"/> is worth; throws when not positive or when it is the reporting asset and not 1.</summary>
    public void SetConversionRate(Asset quoteAsset, decimal rate)
    {
        if (!quoteAsset.IsSet)
        {
            throw new ArgumentException("Conversion rate asset must be set", nameof(quoteAsset));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rate);
        if (quoteAsset == ReportingAsset && rate != 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, $"Conversion rate of the reporting asset {ReportingAsset} must be 1, was {rate}");
        }

        _rates[quoteAsset] = rate;
    }

    /// <summary>Reporting-asset units per unit of <paramref name="quoteAsset"/>: the configured rate, or 1.</summary>
    public decimal ConversionRate(Asset quoteAsset) => _rates.GetValueOrDefault(quoteAsset, 1m);

    private decimal RateOf(Portfolio portfolio) => ConversionRate(portfolio.QuoteAsset);

    private decimal Sum(Func<Portfolio, decimal> amount)
    {
        var total = 0m;
        foreach (var portfolio in _portfolios.Values)
        {
            total += amount(portfolio) * RateOf(portfolio);
        }

        return total;
    }
}
