using Sextant.Backtest.Results;

namespace Sextant.Backtest.Reports;

/// <summary>equity.png: the equity curve drawn headless with ScottPlot, for README files, chats and e-mails.</summary>
public static class PngChart
{
    /// <summary>PNG bytes of the equity curve (1200 × 500).</summary>
    public static byte[] Equity(BacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var plot = new ScottPlot.Plot();
        var xs = new double[result.Times.Length];
        for (var i = 0; i < xs.Length; i++)
        {
            xs[i] = result.Times[i].ToDateTimeOffset().UtcDateTime.ToOADate();
        }

        var line = plot.Add.SignalXY(xs, result.Equity);
        line.LineWidth = 1.5f;
        plot.Axes.DateTimeTicksBottom();
        plot.Title($"Equity: {result.Name}");
        plot.YLabel("equity");
        return plot.GetImageBytes(1200, 500, ScottPlot.ImageFormat.Png);
    }
}
