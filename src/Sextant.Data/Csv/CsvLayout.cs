namespace Sextant.Data.Csv;

/// <summary>The shape <see cref="CsvImporter"/> recognized.</summary>
public enum CsvLayout
{
    /// <summary>A header row naming the columns (case-insensitive, with aliases such as <c>time</c>, <c>timestamp</c>, <c>date</c>, <c>open_time</c>, <c>o</c>, <c>vol</c>).</summary>
    Header,

    /// <summary>Binance kline CSV: no header, 12 columns (open time, open, high, low, close, volume, close time, quote volume, trades, taker base, taker quote, ignore).</summary>
    BinanceKlines,

    /// <summary>No header, at least 5 columns in the order time, open, high, low, close[, volume].</summary>
    Positional,
}
