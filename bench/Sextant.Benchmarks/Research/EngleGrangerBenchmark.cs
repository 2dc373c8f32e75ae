using BenchmarkDotNet.Attributes;
using Sextant.Research.Cointegration;

namespace Sextant.Benchmarks.Research;

/// <summary>
/// One Engle–Granger cointegration test (OLS, ADF on the residuals with lag selection, MacKinnon p-value) on 5,000 points
/// of a synthetic cointegrated log-price pair, the size of a pair scan's window over 1-minute bars (goal: well under
/// 50 ms; it was a timed unit test before, and speed targets live here).
/// Run: <c>dotnet run -c Release --project bench/Sextant.Benchmarks -- --filter *EngleGranger*</c>.
/// </summary>
[MemoryDiagnoser]
public class EngleGrangerBenchmark
{
    private double[] _y = [];
    private double[] _x = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        (_y, _x) = (new double[5_000], new double[5_000]);
        double lx = Math.Log(30_000), spread = 0;
        for (var i = 0; i < _x.Length; i++)
        {
            lx += (random.NextDouble() - 0.5) * 0.002;
            spread = (0.98 * spread) + ((random.NextDouble() - 0.5) * 0.001);
            _x[i] = lx;
            _y[i] = -2.5 + (0.9 * lx) + spread;
        }
    }

    [Benchmark]
    public double Test() => EngleGranger.Test(_y, _x).PValue;
}
