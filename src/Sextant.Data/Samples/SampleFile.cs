using System.Diagnostics.CodeAnalysis;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;

namespace Sextant.Data.Samples;

/// <summary>A bundled bar file named <c>&lt;venue&gt;_&lt;SYMBOL&gt;_&lt;interval&gt;.csv</c> or <c>.csv.gz</c>, e.g. <c>binance_BTCUSDT_1m.csv.gz</c>; the venue may itself contain underscores.</summary>
public sealed record SampleFile(SeriesKey Key, string Path)
{
    /// <summary>Reads the series key from the file name; false for names that do not follow the pattern.</summary>
    public static bool TryParse(string path, [NotNullWhen(true)] out SampleFile? file)
    {
        file = null;
        var name = System.IO.Path.GetFileName(path);
        var stem = name.EndsWith(".csv.gz", StringComparison.OrdinalIgnoreCase) ? name[..^7]
            : name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? name[..^4] : null;
        if (stem is null)
        {
            return false;
        }

        var intervalAt = stem.LastIndexOf('_');
        var symbolAt = intervalAt > 0 ? stem.LastIndexOf('_', intervalAt - 1) : -1;
        if (symbolAt <= 0
            || !BarInterval.TryParse(stem[(intervalAt + 1)..], out var interval, out _)
            || !Symbol.TryParse(stem[(symbolAt + 1)..intervalAt], out var symbol, out _)
            || !VenueId.TryParse(stem[..symbolAt], out var venue, out _))
        {
            return false;
        }

        file = new SampleFile(new SeriesKey(venue, symbol, interval), path);
        return true;
    }
}
