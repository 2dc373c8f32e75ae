using Sextant.Core.Instruments;

namespace Sextant.Data.Sources;

/// <summary>The asset class of the venues Sextant knows by name, for routing, adjustment and gap rules when no asset class is given.</summary>
public static class KnownVenues
{
    private static readonly Dictionary<string, AssetClass> Classes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["binance"] = AssetClass.Crypto,
        ["binanceus"] = AssetClass.Crypto,
        ["bybit"] = AssetClass.Crypto,
        ["bybit_linear"] = AssetClass.Crypto,
        ["coinbase"] = AssetClass.Crypto,
        ["kraken"] = AssetClass.Crypto,
        ["lean"] = AssetClass.Equity,
        ["alpaca"] = AssetClass.Equity,
        ["nasdaq"] = AssetClass.Equity,
        ["nyse"] = AssetClass.Equity,
    };

    /// <summary>binance, binanceus, bybit, bybit_linear, coinbase, kraken are crypto; lean, alpaca, nasdaq, nyse are equity; null for others.</summary>
    public static AssetClass? AssetClassOf(VenueId venue) => Classes.TryGetValue(venue.Value, out var c) ? c : null;
}
