namespace Sextant.Backtest.Results;

/// <summary>Trade statistics: counts, win rate, profit factor, average win and loss (net of fees), exposure and turnover.</summary>
public sealed record TradeStatistics
{
    /// <summary>Completed round trips.</summary>
    public required int RoundTrips { get; init; }

    /// <summary>Winning round trips ÷ round trips (NaN without round trips).</summary>
    public required double WinRate { get; init; }

    /// <summary>Sum of wins ÷ |sum of losses| (∞ without losses, NaN without round trips).</summary>
    public required double ProfitFactor { get; init; }

    /// <summary>Mean PnL of winning round trips (0 when none).</summary>
    public required decimal AverageWin { get; init; }

    /// <summary>Mean PnL of losing round trips (0 when none; negative).</summary>
    public required decimal AverageLoss { get; init; }

    /// <summary>Sum of round-trip PnL, net of fees.</summary>
    public required decimal NetPnl { get; init; }

    /// <summary>Fraction of bars with a position open.</summary>
    public required double ExposureTime { get; init; }

    /// <summary>Traded notional ÷ mean equity.</summary>
    public required double Turnover { get; init; }

    /// <summary>Orders sent.</summary>
    public required int Orders { get; init; }

    /// <summary>Fills received.</summary>
    public required int Fills { get; init; }

    /// <summary>Total commission paid (slippage is in the fill prices).</summary>
    public required decimal Fees { get; init; }
}
