using Sextant.Config.Validation;

namespace Sextant.Config.Schema;

/// <summary>Sizing methods.</summary>
public enum SizingType
{
    /// <summary>A fixed notional per position (per leg for pairs), in the quote asset (default).</summary>
    FixedNotional,

    /// <summary>A fixed quantity per order.</summary>
    FixedQuantity,

    /// <summary>A fraction of current equity per position.</summary>
    PercentOfEquity,
}

/// <summary>The <c>execution.sizing:</c> section; quantities are rounded down to the instrument's lot size.</summary>
public sealed record SizingConfig : IValidatable
{
    /// <summary>fixed_notional (default), fixed_quantity or percent_of_equity.</summary>
    public SizingType Type { get; init; } = SizingType.FixedNotional;

    /// <summary>Notional for fixed_notional, in the quote asset. Default 10000.</summary>
    public decimal Notional { get; init; } = 10_000m;

    /// <summary>Quantity for fixed_quantity.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>Fraction of equity for percent_of_equity, above 0 and at most 1.</summary>
    public decimal? Percent { get; init; }

    /// <inheritdoc />
    public IEnumerable<ConfigProblem> Validate(string path) => Type switch
    {
        SizingType.FixedNotional => Check.All(Check.Positive(Check.Path(path, "notional"), Notional)),
        SizingType.FixedQuantity => Check.All(Quantity is { } q
            ? Check.Positive(Check.Path(path, "quantity"), q)
            : new ConfigProblem(Check.Path(path, "quantity"), "is required when type is fixed_quantity")),
        _ => Check.All(Percent is { } p
            ? (p > 0 && p <= 1 ? null : new ConfigProblem(Check.Path(path, "percent"), $"must be above 0 and at most 1 (a fraction, 0.1 = 10%), was {Check.Fmt(p)}"))
            : new ConfigProblem(Check.Path(path, "percent"), "is required when type is percent_of_equity")),
    };
}
