using Sextant.Config.Validation;

namespace Sextant.Config.Schema;

/// <summary>
/// The <c>backtesting.fees:</c> schedule used by the <c>binanceus</c> and <c>alpaca</c> fee models. Venue fees change:
/// the defaults are a starting point to check against the venue's current schedule, not a quote of it.
/// </summary>
public sealed record FeesConfig : IValidatable
{
    /// <summary>Binance US maker fee in basis points of notional (orders that rest: limit orders filled after they were placed). Default 10.</summary>
    public decimal MakerBps { get; init; } = 10m;

    /// <summary>Binance US taker fee in basis points of notional (market orders, limits that cross on arrival). Default 10.</summary>
    public decimal TakerBps { get; init; } = 10m;

    /// <summary>SEC Section 31 fee on US equity sells, in USD per million USD of proceeds. Default 27.80 (the rate set for 2024-05-22).</summary>
    public decimal SecFeePerMillion { get; init; } = 27.80m;

    /// <summary>FINRA Trading Activity Fee on US equity sells, in USD per share. Default 0.000166.</summary>
    public decimal FinraTafPerShare { get; init; } = 0.000166m;

    /// <summary>Cap of the FINRA TAF per trade, in USD. Default 8.30.</summary>
    public decimal FinraTafMax { get; init; } = 8.30m;

    /// <inheritdoc />
    public IEnumerable<ConfigProblem> Validate(string path) => Check.All(
        Check.Between(Check.Path(path, "maker_bps"), MakerBps, 0m, 1000m),
        Check.Between(Check.Path(path, "taker_bps"), TakerBps, 0m, 1000m),
        Check.NotNegative(Check.Path(path, "sec_fee_per_million"), SecFeePerMillion),
        Check.NotNegative(Check.Path(path, "finra_taf_per_share"), FinraTafPerShare),
        Check.NotNegative(Check.Path(path, "finra_taf_max"), FinraTafMax));
}
