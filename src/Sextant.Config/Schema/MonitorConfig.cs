using Sextant.Config.Validation;

namespace Sextant.Config.Schema;

/// <summary>The <c>monitor:</c> section: how the signal monitor polls market data in paper and live mode.</summary>
public sealed record MonitorConfig : IValidatable
{
    /// <summary>Time between polls. Default 60s.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Data source to poll (a key of <c>data.sources</c>); null routes by <c>data.routes</c>. Default null.</summary>
    public string? Source { get; init; }

    /// <summary>Bars requested per symbol on each poll. Default 500.</summary>
    public int Lookback { get; init; } = 500;

    /// <summary>Report data as stale (and do not trade on it) when no new bar arrived for this long. Default 5m.</summary>
    public TimeSpan StaleAfter { get; init; } = TimeSpan.FromMinutes(5);

    /// <inheritdoc />
    public IEnumerable<ConfigProblem> Validate(string path) => Check.All(
        Check.Positive(Check.Path(path, "poll_interval"), PollInterval),
        Check.Between(Check.Path(path, "lookback"), Lookback, 2, 1_000_000),
        Check.Positive(Check.Path(path, "stale_after"), StaleAfter),
        StaleAfter > TimeSpan.Zero && StaleAfter < PollInterval
            ? new ConfigProblem(Check.Path(path, "stale_after"), "must not be shorter than poll_interval, or every poll would report stale data")
            : null);
}
