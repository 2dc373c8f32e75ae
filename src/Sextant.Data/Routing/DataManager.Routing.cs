using Sextant.Config.Schema;
using Sextant.Core.Bars;
using Sextant.Core.Instruments;
using Sextant.Data.Sources;

namespace Sextant.Data.Routing;

public sealed partial class DataManager
{
    /// <summary>The asset class a venue trades: binance, binanceus, bybit, coinbase, kraken are crypto; lean, alpaca, nasdaq, nyse are equity; null for others (pass it explicitly then).</summary>
    public static AssetClass? AssetClassOf(VenueId venue) => KnownVenues.AssetClassOf(venue);

    /// <summary>
    /// The sources asked for <paramref name="key"/>, in order: <c>local</c>, <c>samples</c>, then the remote sources of the first matching route
    /// (<c>local</c>/<c>samples</c> entries there are implied and skipped). A source declared in <c>data.sources</c> with a type serves only its
    /// own venue (a <c>binanceus</c> source never answers for <c>binance</c> bars). No matching route means the store and samples only.
    /// </summary>
    public IReadOnlyList<string> SourcesFor(SeriesKey key, AssetClass? assetClass = null)
    {
        var cls = assetClass ?? AssetClassOf(key.Venue);
        var route = _config.Routes.FirstOrDefault(r =>
            (r.AssetClass is null || r.AssetClass == cls)
            && (r.Venue is null || string.Equals(r.Venue, key.Venue.Value, StringComparison.OrdinalIgnoreCase))
            && (r.Symbols.Count == 0 || r.Symbols.Contains(key.Symbol)));
        var names = new List<string> { DataRouteConfig.Local, DataRouteConfig.Samples };
        foreach (var name in route?.Sources ?? [])
        {
            if (name is not (DataRouteConfig.Local or DataRouteConfig.Samples) && ServesVenue(name, key.Venue) && !names.Contains(name))
            {
                names.Add(name);
            }
        }

        return names;
    }

    private bool ServesVenue(string source, VenueId venue) =>
        !_config.Sources.TryGetValue(source, out var declared) || declared.Type switch
        {
            DataSourceType.Binanceus => venue.Value == "binanceus",
            DataSourceType.Alpaca => venue.Value == "alpaca",
            _ => true,
        };
}
