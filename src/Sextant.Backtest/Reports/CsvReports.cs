using System.Globalization;
using System.Text;
using Sextant.Backtest.Results;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;

namespace Sextant.Backtest.Reports;

/// <summary>
/// The CSV files of a report: equity and drawdown per bar, positions per bar and symbol, fills, round trips. Times are
/// ISO 8601 UTC (fractions of a second only when there are any); exact decimals are written without trailing zeros.
/// </summary>
public static class CsvReports
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary><c>time,equity,drawdown</c>.</summary>
    public static string Equity(BacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var csv = new StringBuilder("time,equity,drawdown\n");
        var peak = double.NegativeInfinity;
        for (var i = 0; i < result.Times.Length; i++)
        {
            peak = Math.Max(peak, result.Equity[i]);
            csv.Append(Iso(result.Times[i])).Append(',')
               .Append(result.Equity[i].ToString("R", Inv)).Append(',')
               .Append((1 - (result.Equity[i] / peak)).ToString("R", Inv)).Append('\n');
        }

        return csv.ToString();
    }

    /// <summary><c>time,SYMBOL…</c>: the signed position of every traded symbol at the close of each bar (after that bar's fills).</summary>
    public static string Positions(BacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var symbols = result.Fills.Select(f => f.Symbol).Distinct().OrderBy(s => s.Value, StringComparer.Ordinal).ToList();
        var csv = new StringBuilder("time");
        foreach (var symbol in symbols)
        {
            csv.Append(',').Append(symbol.Value);
        }

        csv.Append('\n');
        var positions = symbols.ToDictionary(s => s, _ => 0m);
        var next = 0;
        for (var i = 0; i < result.Times.Length; i++)
        {
            while (next < result.Fills.Count && result.Fills[next].Time <= result.Times[i])
            {
                var fill = result.Fills[next++];
                positions[fill.Symbol] += fill.Side == OrderSide.Buy ? fill.Quantity.Value : -fill.Quantity.Value;
            }

            csv.Append(Iso(result.Times[i]));
            foreach (var symbol in symbols)
            {
                csv.Append(',').Append(Exact(positions[symbol]));
            }

            csv.Append('\n');
        }

        return csv.ToString();
    }

    /// <summary>One row per fill, with the reason and z-score of the signal behind it when the signal carried them.</summary>
    public static string Fills(BacktestResult result, Func<ClientOrderId, IReadOnlyDictionary<string, object>?> metadataOf)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(metadataOf);
        var csv = new StringBuilder("time,order_id,trade_id,strategy,symbol,side,quantity,price,notional,fee,fee_asset,liquidity,reason,z\n");
        foreach (var f in result.Fills)
        {
            var meta = metadataOf(f.OrderId);
            csv.Append(CultureInfo.InvariantCulture,
                $"{Iso(f.Time)},{f.OrderId.Value},{f.TradeId},{f.Strategy.Value},{f.Symbol.Value},{f.Side},{Exact(f.Quantity.Value)},{Exact(f.Price.Value)},{Exact(f.Quantity.Value * f.Price.Value)},{Exact(f.Fee.Amount)},{f.Fee.Asset.Value},{f.Liquidity},{Meta(meta, "reason")},{Meta(meta, "z")}\n");
        }

        return csv.ToString();
    }

    /// <summary>One row per completed round trip.</summary>
    public static string RoundTrips(BacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var csv = new StringBuilder("strategy,book,entry,exit,duration_seconds,fills,fees,pnl\n");
        foreach (var t in result.RoundTrips)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{t.Strategy.Value},{t.Book},{Iso(t.Entry)},{Iso(t.Exit)},{t.Duration.TotalSeconds},{t.Fills},{Exact(t.Fees)},{Exact(t.Pnl)}\n");
        }

        return csv.ToString();
    }

    /// <summary>An exact decimal without trailing zeros: 10.002000 → "10.002", 5.000 → "5".</summary>
    internal static string Exact(decimal value) => value.ToString("0.############################", Inv);

    /// <summary>ISO 8601 UTC: <c>2023-03-17T02:17:00Z</c>, with nanoseconds only when the time has a fraction of a second.</summary>
    internal static string Iso(Core.Time.UnixNanos time) =>
        time.Value % 1_000_000_000 == 0 ? time.ToDateTimeOffset().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", Inv) : time.ToString();

    private static string Meta(IReadOnlyDictionary<string, object>? meta, string key) =>
        meta is not null && meta.TryGetValue(key, out var value) ? Convert.ToString(value, Inv) ?? string.Empty : string.Empty;
}
