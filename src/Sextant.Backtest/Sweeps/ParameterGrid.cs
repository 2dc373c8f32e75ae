using System.Globalization;

namespace Sextant.Backtest.Sweeps;

/// <summary>
/// A parameter grid from <c>--grid path=a,b,c</c> arguments: every combination of the values, in a fixed order (the
/// first key varies slowest), each as <c>path=value</c> overrides applied like <c>--set</c>.
/// </summary>
public sealed class ParameterGrid
{
    private ParameterGrid(IReadOnlyList<(string Path, IReadOnlyList<string> Values)> axes) => Axes = axes;

    /// <summary>The axes: config path and its values.</summary>
    public IReadOnlyList<(string Path, IReadOnlyList<string> Values)> Axes { get; }

    /// <summary>Number of combinations.</summary>
    public long Count => Axes.Aggregate(1L, (n, a) => n * a.Values.Count);

    /// <summary>Parses <c>path=a,b,c</c> arguments; a range <c>path=1.5:3.0:0.5</c> (start:stop:step, inclusive) is accepted too. Throws <see cref="FormatException"/> naming the bad argument.</summary>
    public static ParameterGrid Parse(IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var axes = new List<(string, IReadOnlyList<string>)>();
        foreach (var argument in arguments)
        {
            var eq = argument.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == argument.Length - 1)
            {
                throw new FormatException($"--grid '{argument}': expected path=a,b,c (e.g. strategies[0].entry_z=1.5,2,2.5) or path=start:stop:step");
            }

            var path = argument[..eq].Trim();
            if (axes.Any(a => a.Item1 == path))
            {
                throw new FormatException($"--grid '{argument}': {path} is given twice");
            }

            var text = argument[(eq + 1)..];
            axes.Add((path, text.Contains(':', StringComparison.Ordinal) && !text.Contains(',', StringComparison.Ordinal) ? Range(argument, text) : Values(argument, text)));
        }

        return axes.Count == 0 ? throw new FormatException("give at least one --grid path=a,b,c") : new ParameterGrid(axes);
    }

    /// <summary>Every combination as <c>path=value</c> overrides.</summary>
    public IEnumerable<IReadOnlyList<string>> Combinations()
    {
        var index = new int[Axes.Count];
        for (long n = 0; n < Count; n++)
        {
            yield return [.. Axes.Select((a, i) => $"{a.Path}={a.Values[index[i]]}")];
            for (var i = Axes.Count - 1; i >= 0; i--)
            {
                if (++index[i] < Axes[i].Values.Count)
                {
                    break;
                }

                index[i] = 0;
            }
        }
    }

    private static List<string> Values(string argument, string text)
    {
        var values = text.Split(',', StringSplitOptions.TrimEntries);
        return values.Any(v => v.Length == 0) ? throw new FormatException($"--grid '{argument}': empty value in the list") : [.. values.Distinct(StringComparer.Ordinal)];
    }

    private static List<string> Range(string argument, string text)
    {
        var parts = text.Split(':');
        if (parts.Length != 3
            || !decimal.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var start)
            || !decimal.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var stop)
            || !decimal.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var step)
            || step <= 0 || stop < start || (stop - start) / step > 100_000)
        {
            throw new FormatException($"--grid '{argument}': a range is start:stop:step with step > 0 and stop ≥ start, e.g. 1.5:3:0.5");
        }

        var values = new List<string>();
        for (var v = start; v <= stop; v += step)
        {
            values.Add(v.ToString(CultureInfo.InvariantCulture));
        }

        return values;
    }
}
