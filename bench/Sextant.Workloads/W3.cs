using System.Diagnostics;
using Sextant.Backtest.Engine;
using Sextant.Backtest.Sweeps;
using Sextant.Config.Schema;
using Sextant.Core.Bars;

namespace Sextant.Workloads;

/// <summary>
/// W3: a 1,000-combination sweep of the W1 pair (lookback × entry_z × exit_z) over one shared data load, on 1 core
/// and then on 2; prints combinations per second and the speed-up.
/// </summary>
internal static class W3
{
    public static void Run(bool quick, int? limit = null)
    {
        var bars = quick ? 50_000 : 525_600;
        var (y, x) = Synthetic.Pair("synthetic", "YYY", "XXX", bars, seed: 7);
        var data = new BacktestData([y, x]);
        int[] lookbacks = quick ? [60, 240] : [60, 90, 120, 180, 240, 300, 360, 480, 600, 720];
        double[] entries = quick ? [1.5, 2.0] : [1.5, 1.75, 2.0, 2.25, 2.5, 2.75, 3.0, 3.25, 3.5, 4.0];
        double[] exits = quick ? [0.0, 0.5] : [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0];
        var combos = (from l in lookbacks from e in entries from z in exits select (IReadOnlyList<string>)[$"lookback={l}", $"entry_z={e}", $"exit_z={z}"]).Take(limit ?? int.MaxValue).ToList();
        SextantConfig Configure(IReadOnlyList<string> p) => Configs.Engine(Configs.Pair("w3", "YYY", "XXX",
            int.Parse(p[0][9..], System.Globalization.CultureInfo.InvariantCulture),
            double.Parse(p[1][8..], System.Globalization.CultureInfo.InvariantCulture),
            double.Parse(p[2][7..], System.Globalization.CultureInfo.InvariantCulture)));

        Console.WriteLine($"W3: {combos.Count:N0} combinations × {2 * bars:N0} bars (synthetic pair, 1-minute), data loaded once");
        Sweep.Run(combos.Take(4).ToList(), Configure, data, "sharpe", TimeRange.All, 2); // warm-up (JIT)
        var one = Time(combos, Configure, data, 1);
        var two = Time(combos, Configure, data, 2);
        Console.WriteLine($"W3: 1 core {combos.Count / one.TotalSeconds:N1} combinations/s ({one.TotalSeconds:N1} s); 2 cores {combos.Count / two.TotalSeconds:N1} combinations/s ({two.TotalSeconds:N1} s); speed-up {one / two:N2}× (goal ≥ 1.8×)");
    }

    private static TimeSpan Time(List<IReadOnlyList<string>> combos, Func<IReadOnlyList<string>, SextantConfig> configure, BacktestData data, int cores)
    {
        GC.Collect();
        var watch = Stopwatch.StartNew();
        var rows = Sweep.Run(combos, configure, data, "sharpe", TimeRange.All, cores);
        var elapsed = watch.Elapsed;
        if (rows.Any(r => r.Error is not null))
        {
            throw new InvalidOperationException("W3: a combination failed: " + rows.First(r => r.Error is not null).Error);
        }

        return elapsed;
    }
}
