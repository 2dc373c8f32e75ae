namespace Sextant.Backtest.Results;

/// <summary>Computes <see cref="TradeStatistics"/> from round trips and run totals.</summary>
public static class TradeStatisticsBuilder
{
    /// <summary>Statistics of <paramref name="trips"/>; the run totals (orders, fills, fees, exposure, turnover) are passed in because they do not depend on round trips closing.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static TradeStatistics Build(IReadOnlyList<RoundTrip> trips, int orders, int fills, decimal fees, double exposureTime, double turnover)
    {
        ArgumentNullException.ThrowIfNull(trips);
        decimal wins = 0, losses = 0;
        int winCount = 0, lossCount = 0;
        foreach (var trip in trips)
        {
            if (trip.Pnl > 0)
            {
                wins += trip.Pnl;
                winCount++;
            }
            else if (trip.Pnl < 0)
            {
                losses += trip.Pnl;
                lossCount++;
            }
        }

        return new TradeStatistics
        {
            RoundTrips = trips.Count,
            WinRate = trips.Count == 0 ? double.NaN : (double)winCount / trips.Count,
            ProfitFactor = trips.Count == 0 ? double.NaN : losses == 0 ? double.PositiveInfinity : (double)(wins / -losses),
            AverageWin = winCount == 0 ? 0m : wins / winCount,
            AverageLoss = lossCount == 0 ? 0m : losses / lossCount,
            NetPnl = wins + losses,
            ExposureTime = exposureTime,
            Turnover = turnover,
            Orders = orders,
            Fills = fills,
            Fees = fees,
        };
    }
}
