namespace Sextant.Core.Instruments;

/// <summary>The kind of instrument, which decides the broker a signal is routed to; config names are lower-case (<c>crypto</c>, <c>equity</c>).</summary>
public enum AssetClass
{
    /// <summary>Crypto currencies and tokens, traded around the clock (e.g. on Binance US).</summary>
    Crypto,

    /// <summary>Listed equities and ETFs, traded in exchange sessions (e.g. through Alpaca).</summary>
    Equity,
}
