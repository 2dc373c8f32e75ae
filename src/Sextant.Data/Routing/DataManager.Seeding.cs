namespace Sextant.Data.Routing;

public sealed partial class DataManager
{
    /// <summary>
    /// Writes every bundled sample series that the store does not fully cover into the store (the "load on first use" of <c>sextant data list</c>
    /// and <c>data query</c>), and copies the bundled Lean factor and map files the store lacks; returns the series written. Samples are
    /// parsed in parallel and written one by one.
    /// </summary>
    public async Task<IReadOnlyList<string>> LoadSamplesAsync(CancellationToken cancellationToken)
    {
        if (Samples is null)
        {
            return [];
        }

        var pending = new List<Samples.SampleFile>();
        foreach (var file in Samples.Files)
        {
            var coverage = await Store.GetCoverageAsync(file.Key, cancellationToken);
            if (coverage.Count == 0)
            {
                pending.Add(file);
            }
        }

        var copied = Samples.CorporateActions.CopyMissingTo(Store.CorporateActions);
        if (copied > 0)
        {
            Log.CorporateFilesCopied(_logger, copied, Store.CorporateActions.Root);
        }

        var loaded = new List<string>();
        var parsed = pending.Select(f => Samples.LoadAsync(f.Key, cancellationToken)).ToList();
        for (var i = 0; i < pending.Count; i++)
        {
            var bars = await parsed[i];
            if (bars.Count == 0)
            {
                continue;
            }

            await Store.WriteBarsAsync(bars, new Core.Bars.TimeRange(bars.Times[0], bars.Times[^1] + bars.Key.Interval.Duration), cancellationToken);
            var name = Path.GetFileName(pending[i].Path);
            Log.SampleLoaded(_logger, name, bars.Count);
            loaded.Add(pending[i].Key.ToString());
        }

        return loaded;
    }
}
