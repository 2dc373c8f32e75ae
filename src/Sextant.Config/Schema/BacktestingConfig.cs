using Sextant.Config.Binding;
using Sextant.Config.Validation;
using Sextant.Core.Instruments;

namespace Sextant.Config.Schema;

/// <summary>When simulated market orders fill.</summary>
public enum FillModel
{
    /// <summary>At the next bar's open (default): decided at bar t's close, filled at t+1's open.</summary>
    NextOpen,

    /// <summary>At the signal bar's close (optimistic).</summary>
    Close,
}

/// <summary>Commission schedules of the simulated venue.</summary>
public enum FeeModel
{
    /// <summary><c>commission_bps</c> of notional (default).</summary>
    Bps,

    /// <summary>The Binance.US maker/taker schedule.</summary>
    Binanceus,

    /// <summary>Alpaca: no commission, plus the SEC fee and FINRA TAF on sells.</summary>
    Alpaca,
}

/// <summary>The <c>backtesting:</c> section.</summary>
public sealed record BacktestingConfig : IValidatable
{
    /// <summary>First bar time (inclusive), a date or a zoned time in UTC. Default: the first stored bar.</summary>
    public DateTimeOffset? Start { get; init; }

    /// <summary>Last bar time (exclusive). Default: the last stored bar.</summary>
    public DateTimeOffset? End { get; init; }

    /// <summary>Starting cash in the quote asset. Default 100000.</summary>
    public decimal Capital { get; init; } = 100_000m;

    /// <summary>Slippage per fill, in basis points of the price. Default 2.</summary>
    public decimal SlippageBps { get; init; } = 2m;

    /// <summary>Commission in basis points of notional (fee_model: bps). Default 10.</summary>
    public decimal CommissionBps { get; init; } = 10m;

    /// <summary>next_open (default) or close.</summary>
    public FillModel FillModel { get; init; } = FillModel.NextOpen;

    /// <summary>bps (default), binanceus or alpaca.</summary>
    public FeeModel FeeModel { get; init; } = FeeModel.Bps;

    /// <summary>Maker/taker and regulatory fee rates for the binanceus and alpaca fee models.</summary>
    public FeesConfig Fees { get; init; } = new();

    /// <summary>When set, slippage is half this quoted spread in basis points instead of <see cref="SlippageBps"/>.</summary>
    public decimal? SpreadBps { get; init; }

    /// <summary>Fill at most this fraction of a bar's volume; the rest fills later. Default: no cap.</summary>
    public double? VolumeCap { get; init; }

    /// <summary>Bars per year for annualising; default from interval and asset class (crypto 365 days, equities 252 sessions).</summary>
    public double? BarsPerYear { get; init; }

    /// <summary>
    /// Run the strategies on a thread of their own, ahead of the venues, orders and portfolios (default true). Applied only
    /// when it cannot change the result: two cores or more, and sizing that reads no equity (<c>fixed_notional</c>,
    /// <c>fixed_quantity</c>). Sweeps run each backtest on one thread, their combinations in parallel.
    /// </summary>
    public bool Pipeline { get; init; } = true;

    /// <summary>Instrument rules by symbol (lot size, tick size, minimum notional). Default none: no rounding.</summary>
    public IReadOnlyDictionary<string, InstrumentConfig> Instruments { get; init; } = new Dictionary<string, InstrumentConfig>();

    /// <inheritdoc />
    public IEnumerable<ConfigProblem> Validate(string path)
    {
        var problems = Check.All(
            Check.Positive(Check.Path(path, "capital"), Capital),
            Check.Between(Check.Path(path, "slippage_bps"), SlippageBps, 0m, 1000m),
            Check.Between(Check.Path(path, "commission_bps"), CommissionBps, 0m, 1000m),
            SpreadBps is { } spread ? Check.Between(Check.Path(path, "spread_bps"), spread, 0m, 10_000m) : null,
            VolumeCap is { } cap && !(cap > 0 && cap <= 1) ? new ConfigProblem(Check.Path(path, "volume_cap"), $"must be a fraction above 0 and at most 1, was {Check.Fmt(cap)}") : null,
            BarsPerYear is { } bars && !(bars > 0) ? new ConfigProblem(Check.Path(path, "bars_per_year"), $"must be greater than 0, was {Check.Fmt(bars)}") : null,
            Start is { } start && End is { } end && end <= start
                ? new ConfigProblem(Check.Path(path, "end"), $"must be after start ({ConfigTime.Format(start)}), was {ConfigTime.Format(end)}")
                : null).ToList();
        problems.AddRange(Fees.Validate(Check.Path(path, "fees")));
        foreach (var (symbol, instrument) in Instruments)
        {
            var instrumentPath = Check.Path(Check.Path(path, "instruments"), symbol);
            if (!Symbol.TryParse(symbol, out _, out var error))
            {
                problems.Add(new(instrumentPath, "is not a valid symbol: " + error));
            }

            problems.AddRange(instrument.Validate(instrumentPath));
        }

        return problems;
    }
}
