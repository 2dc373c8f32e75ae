using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Core.Time;
using Sextant.Data.Samples;
using Sextant.Data.Sources;
using Sextant.Data.Store;

namespace Sextant.Data.Routing;

public sealed partial class DataManager
{
    /// <summary>
    /// Bars of <paramref name="key"/> in <paramref name="range"/>, routed with <paramref name="assetClass"/> (null: from the venue).
    /// Reads the store, fetches only the uncovered ranges from the next sources in order, writes them back, and serves the merged result.
    /// Ranges after the current bar are not fetched. A range no source has is left empty (logged). Equity bars come back adjusted as
    /// <c>data.adjustment</c> says (see <see cref="Adjust"/>); the store keeps them raw.
    /// </summary>
    public async Task<BarSeries> GetBarsAsync(SeriesKey key, TimeRange range, AssetClass? assetClass, CancellationToken cancellationToken)
    {
        var cls = assetClass ?? AssetClassOf(key.Venue);
        var names = SourcesFor(key, cls);
        var failures = new List<string>();
        BarSeries stored;
        IReadOnlyList<TimeRange> coverage;
        try
        {
            coverage = await Store.GetCoverageAsync(key, cancellationToken);
            stored = await Store.GetBarsAsync(key, range, cancellationToken);
        }
        catch (DataException ex)
        {
            Log.SourceFailed(_logger, ex, Store.Name, key, range);
            failures.Add($"{Store.Name}: {ex.Message}");
            (stored, coverage) = (BarSeries.Empty(key), []);
        }

        var missing = Clamp(TimeRanges.Missing(range, coverage), key.Interval).ToList();
        var result = stored;
        var attempts = 0;
        foreach (var name in names.Skip(1))
        {
            if (missing.Count == 0)
            {
                break;
            }

            if (Resolve(name) is not { } source)
            {
                continue;
            }

            var targets = missing;
            if (source is SampleSource samples)
            {
                var available = await samples.GetAvailableRangeAsync(key, cancellationToken);
                targets = missing.Select(m => m.Intersect(available)).Where(m => !m.IsEmpty).ToList();
            }

            foreach (var target in targets)
            {
                attempts++;
                BarSeries fetched;
                try
                {
                    fetched = (await source.GetBarsAsync(key, target, cancellationToken)).Slice(target);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    Log.SourceFailed(_logger, ex, source.Name, key, target);
                    failures.Add($"{source.Name}: {ex.Message}");
                    continue;
                }

                Log.Fetched(_logger, fetched.Count, key, target, source.Name);
                await WriteBackAsync(fetched, target, cancellationToken);
                result = BarMerge.Merge(result, fetched);
                missing = missing.SelectMany(m => TimeRanges.Missing(m, [target])).ToList();
            }
        }

        return Adjust(Finish(key, range, names, result, missing, failures, attempts), cls);
    }

    private BarSeries Finish(SeriesKey key, TimeRange range, IReadOnlyList<string> names, BarSeries result, List<TimeRange> missing, List<string> failures, int attempts)
    {
        if (missing.Count > 0 && failures.Count > 0 && result.Count == 0 && failures.Count >= attempts)
        {
            throw new DataException($"No source could serve {key} {range}; tried {string.Join(", ", names)}. Failures: {string.Join(" | ", failures)}");
        }

        if (missing.Count > 0 && _logger.IsEnabled(Microsoft.Extensions.Logging.LogLevel.Information))
        {
            var ranges = string.Join(", ", missing);
            var asked = string.Join(", ", names);
            Log.RangeUnavailable(_logger, key, ranges, asked);
        }

        return result.Slice(range);
    }

    private IDataSource? Resolve(string name) => name switch
    {
        Config.Schema.DataRouteConfig.Samples => Samples,
        _ => _remotes.GetValueOrDefault(name),
    };

    private async Task WriteBackAsync(BarSeries bars, TimeRange covered, CancellationToken cancellationToken)
    {
        if (!_config.WriteBack)
        {
            return;
        }

        try
        {
            await Store.WriteBarsAsync(bars, covered, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DataException)
        {
            Log.WriteBackFailed(_logger, ex, bars.Key);
        }
    }

    /// <summary>Drops what lies at or after the open of the current (still forming) bar: it cannot be complete yet.</summary>
    private IEnumerable<TimeRange> Clamp(IReadOnlyList<TimeRange> ranges, BarInterval interval)
    {
        var now = UnixNanos.FromDateTimeOffset(_time.GetUtcNow()).Value;
        var step = Math.Max(1, interval.Duration.Ticks * 100);
        var current = new UnixNanos(now - (((now % step) + step) % step));
        foreach (var r in ranges)
        {
            if (r.Start < current)
            {
                yield return r.End > current ? new TimeRange(r.Start, current) : r;
            }
        }
    }
}
