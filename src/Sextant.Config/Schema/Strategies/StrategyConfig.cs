using System.Text.RegularExpressions;
using Sextant.Config.Binding;
using Sextant.Config.Validation;
using Sextant.Core.Instruments;

namespace Sextant.Config.Schema;

/// <summary>One entry of <c>strategies:</c>. The <c>type</c> key chooses the concrete record and so which parameters are allowed.</summary>
[ConfigUnion("type")]
[ConfigCase(CointegrationStrategyConfig.TypeName, typeof(CointegrationStrategyConfig))]
[ConfigCase(MeanReversionStrategyConfig.TypeName, typeof(MeanReversionStrategyConfig))]
[ConfigCase(TrendStrategyConfig.TypeName, typeof(TrendStrategyConfig))]
public abstract partial record StrategyConfig : IValidatable
{
    /// <summary>Unique id of the strategy, tagged on every signal: lower-case letters, digits, <c>_</c> and <c>-</c>. Required.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The strategy type, e.g. <c>cointegration</c>. Required.</summary>
    public string Type { get; init; } = string.Empty;

    /// <summary>crypto or equity: decides which broker receives the strategy's orders. Required.</summary>
    public AssetClass? AssetClass { get; init; }

    /// <summary>Run this strategy. Default true.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Where the strategy's bars come from in the data store, e.g. <c>binance</c>, <c>binanceus</c>, <c>lean</c>. Default: routed by <c>data.routes</c>.</summary>
    public string? Venue { get; init; }

    /// <summary>Bar interval: 1m, 5m, 15m, 1h, 4h, 1d… Default 1m.</summary>
    public string Interval { get; init; } = "1m";

    /// <summary>Fraction of capital allocated to this strategy, 0 to 1. Default: an equal share.</summary>
    public double? Allocation { get; init; }

    /// <summary>The symbols the strategy trades.</summary>
    public abstract IEnumerable<Symbol> Universe { get; }

    /// <inheritdoc />
    public virtual IEnumerable<ConfigProblem> Validate(string path)
    {
        if (!NamePattern().IsMatch(Name))
        {
            yield return new(Check.Path(path, "name"), Name.Length == 0
                ? "is required (lower-case letters, digits, _ and -)"
                : $"must be lower-case letters, digits, _ and - (at most 64), was '{Name}'");
        }

        if (AssetClass is null)
        {
            yield return new(Check.Path(path, "asset_class"), "is required; allowed: crypto, equity");
        }

        if (!IntervalPattern().IsMatch(Interval))
        {
            yield return new(Check.Path(path, "interval"), $"must be a bar interval such as 1m, 5m, 1h, 1d or 1w, was '{Interval}'");
        }

        if (Allocation is { } allocation && Check.Between(Check.Path(path, "allocation"), allocation, 0.0, 1.0) is { } problem)
        {
            yield return problem;
        }
    }

    [GeneratedRegex("^[a-z0-9_-]{1,64}$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^[1-9][0-9]*(s|m|h|d|w|M)$")]
    private static partial Regex IntervalPattern();
}
