using Sextant.Core.Bars;

namespace Sextant.Data.Sources;

/// <summary>A stream of bars as they form (a venue WebSocket). Reconnects on its own; the caller sees closed bars once each.</summary>
public interface ILiveBarSource
{
    /// <summary>Short name, as in <see cref="IDataSource.Name"/>.</summary>
    string Name { get; }

    /// <summary>Closed bars of <paramref name="keys"/> as they arrive, until cancelled.</summary>
    IAsyncEnumerable<LiveBar> StreamBarsAsync(IReadOnlyList<SeriesKey> keys, CancellationToken cancellationToken);
}

/// <summary>A closed bar from a live stream.</summary>
public readonly record struct LiveBar(SeriesKey Key, Bar Bar);
