using Sextant.Config.Validation;

namespace Sextant.Config.Schema;

/// <summary>Trading rules of one instrument; null switches a rule off.</summary>
public sealed record InstrumentConfig : IValidatable
{
    /// <summary>Quantity step; orders are rounded down to it.</summary>
    public decimal? LotSize { get; init; }

    /// <summary>Price step; limit prices are rounded to it.</summary>
    public decimal? TickSize { get; init; }

    /// <summary>Smallest order notional; smaller orders are rejected with a reason.</summary>
    public decimal? MinNotional { get; init; }

    /// <inheritdoc />
    public IEnumerable<ConfigProblem> Validate(string path) => Check.All(
        LotSize is { } lot ? Check.Positive(Check.Path(path, "lot_size"), lot) : null,
        TickSize is { } tick ? Check.Positive(Check.Path(path, "tick_size"), tick) : null,
        MinNotional is { } min ? Check.NotNegative(Check.Path(path, "min_notional"), min) : null);
}
