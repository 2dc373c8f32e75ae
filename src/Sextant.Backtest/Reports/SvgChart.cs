using System.Globalization;
using System.Text;
using Sextant.Core.Time;

namespace Sextant.Backtest.Reports;

/// <summary>
/// Draws line charts as inline SVG so that report.html needs no script, no CDN and no network. Long series are
/// reduced to the minimum and maximum of each pixel column, which keeps every spike visible.
/// </summary>
public static class SvgChart
{
    private const int Width = 1100;
    private const int Height = 260;
    private const int Left = 70;
    private const int Right = 15;
    private const int Top = 28;
    private const int Bottom = 30;

    /// <summary>One line: its name, colour and values (NaN leaves a gap), aligned with the chart's times.</summary>
    public sealed record Line(string Name, string Color, double[] Values);

    /// <summary>A marker at a time and value, e.g. an entry (▲) or an exit (●).</summary>
    public sealed record Marker(UnixNanos Time, double Value, string Color, string Label);

    /// <summary>An SVG element with a title, the lines, optional markers and horizontal guide levels.</summary>
    public static string Render(string title, ReadOnlySpan<UnixNanos> times, IReadOnlyList<Line> lines, IReadOnlyList<Marker>? markers = null, IReadOnlyList<double>? guides = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var (min, max) = Range(lines, guides);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {Width} {Height}\" width=\"100%\" role=\"img\" aria-label=\"{Escape(title)}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"18\" font-size=\"14\" font-weight=\"bold\">{Escape(title)}</text>");
        if (times.Length < 2 || !double.IsFinite(min))
        {
            return svg.Append("<text x=\"70\" y=\"130\">no data</text></svg>").ToString();
        }

        var t0 = times[0].Value;
        var span = (double)(times[^1].Value - t0);
        double X(long t) => Left + ((t - t0) / span * (Width - Left - Right));
        double Y(double v) => Top + ((max - v) / (max - min) * (Height - Top - Bottom));
        Axes(svg, times, min, max, Y);
        foreach (var guide in guides ?? [])
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Y(guide):F1}\" y2=\"{Y(guide):F1}\" stroke=\"#999\" stroke-dasharray=\"4 4\"/>");
        }

        var legendX = Left + 260;
        foreach (var line in lines)
        {
            svg.Append("<polyline fill=\"none\" stroke-width=\"1.2\" stroke=\"").Append(line.Color).Append("\" points=\"");
            AppendPoints(svg, times, line.Values, X, Y);
            svg.Append("\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{legendX}\" y=\"18\" font-size=\"12\" fill=\"{line.Color}\">■ {Escape(line.Name)}</text>");
            legendX += 14 + (8 * line.Name.Length);
        }

        foreach (var marker in markers ?? [])
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<circle cx=\"{X(marker.Time.Value):F1}\" cy=\"{Y(marker.Value):F1}\" r=\"3.5\" fill=\"{marker.Color}\"><title>{Escape(marker.Label)}</title></circle>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static void AppendPoints(StringBuilder svg, ReadOnlySpan<UnixNanos> times, double[] values, Func<long, double> x, Func<double, double> y)
    {
        var columns = Width - Left - Right;
        var perColumn = Math.Max(1, values.Length / columns);
        for (var start = 0; start < values.Length; start += perColumn)
        {
            var end = Math.Min(values.Length, start + perColumn);
            int lo = -1, hi = -1;
            for (var i = start; i < end; i++)
            {
                if (!double.IsFinite(values[i]))
                {
                    continue;
                }

                if (lo < 0 || values[i] < values[lo]) { lo = i; }
                if (hi < 0 || values[i] > values[hi]) { hi = i; }
            }

            foreach (var i in lo <= hi ? [lo, hi] : new[] { hi, lo })
            {
                if (i >= 0)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"{x(times[i].Value):F1},{y(values[i]):F1} ");
                }
            }
        }
    }

    private static void Axes(StringBuilder svg, ReadOnlySpan<UnixNanos> times, double min, double max, Func<double, double> y)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Left}\" y=\"{Top}\" width=\"{Width - Left - Right}\" height=\"{Height - Top - Bottom}\" fill=\"none\" stroke=\"#ccc\"/>");
        var step = NiceStep((max - min) / 5);
        for (var v = Math.Ceiling(min / step) * step; v <= max + (step * 1e-9); v += step)
        {
            var tick = Math.Abs(v) < step * 1e-9 ? 0 : v; // no "-0" from accumulated rounding
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y(tick):F1}\" y2=\"{y(tick):F1}\" stroke=\"#eee\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{y(tick) + 4:F1}\" font-size=\"11\" text-anchor=\"end\">{FormatValue(tick, step)}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{Height - 10}\" font-size=\"11\">{times[0].ToDateTimeOffset():yyyy-MM-dd HH:mm}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right}\" y=\"{Height - 10}\" font-size=\"11\" text-anchor=\"end\">{times[^1].ToDateTimeOffset():yyyy-MM-dd HH:mm} UTC</text>");
        var t0 = times[0].Value;
        var span = (double)(times[^1].Value - t0);
        for (var k = 1; k < 4; k++)
        {
            var x = Left + ((Width - Left - Right) * k / 4.0);
            var at = new UnixNanos(t0 + (long)(span * k / 4)).ToDateTimeOffset();
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:F1}\" y=\"{Height - 10}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#555\">{at:yyyy-MM-dd}</text>");
        }
    }

    /// <summary>The round step (1, 2 or 5 times a power of ten) at or above <paramref name="rough"/>, so axis labels read 80,000 / 85,000 rather than 79,977 / 84,983.</summary>
    internal static double NiceStep(double rough)
    {
        if (!(rough > 0) || !double.IsFinite(rough))
        {
            return 1;
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / power;
        return power * (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10);
    }

    private static (double Min, double Max) Range(IReadOnlyList<Line> lines, IReadOnlyList<double>? guides)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var value in lines.SelectMany(l => l.Values).Concat(guides ?? []))
        {
            if (double.IsFinite(value))
            {
                (min, max) = (Math.Min(min, value), Math.Max(max, value));
            }
        }

        return min == max ? (min - 1, max + 1) : (min, max);
    }

    private static string FormatValue(double v, double step)
    {
        // As many decimals as the step needs: step 5000 → "85,000"; step 0.5 → "-1.5"; step 0.02 → "0.04".
        var decimals = step >= 1 ? 0 : Math.Min(10, (int)Math.Ceiling(-Math.Log10(step) - 1e-9));
        return v.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    private static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text);
}
