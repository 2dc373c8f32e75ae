using Sextant.Brokers.Simulated.Models;
using Sextant.Config.Schema;
using Sextant.Core.Instruments;
using Sextant.Execution.Instruments;

namespace Sextant.Brokers.Simulated.Venue;

/// <summary>How the simulated venue fills, charges and checks orders.</summary>
public sealed record SimulatedVenueOptions(
    IFillModel FillModel,
    ISlippageModel Slippage,
    IFeeModel Fees,
    InstrumentCatalog Instruments,
    Asset QuoteAsset,
    decimal StartingCash,
    double? VolumeCap = null)
{
    /// <summary>Options from the <c>backtesting:</c> section (fill model, slippage or half spread, fee model, instrument rules, volume cap).</summary>
    public static SimulatedVenueOptions FromConfig(BacktestingConfig config, Asset quoteAsset, decimal startingCash)
    {
        ArgumentNullException.ThrowIfNull(config);
        IFeeModel fees = config.FeeModel switch
        {
            FeeModel.Binanceus => new BinanceUsFeeModel(config.Fees.MakerBps, config.Fees.TakerBps),
            FeeModel.Alpaca => new AlpacaFeeModel(config.Fees.SecFeePerMillion, config.Fees.FinraTafPerShare, config.Fees.FinraTafMax),
            _ => new BpsFeeModel(config.CommissionBps),
        };
        return new SimulatedVenueOptions(
            new BarFillModel(fillMarketAtClose: config.FillModel == Config.Schema.FillModel.Close),
            new BpsSlippageModel(config.SpreadBps is { } spread ? spread / 2 : config.SlippageBps),
            fees,
            InstrumentCatalog.FromConfig(config.Instruments),
            quoteAsset,
            startingCash,
            config.VolumeCap);
    }
}
