namespace Sextant.Engine.Tests.Support;

/// <summary>Engine configs against the emulator (<c>{url}</c>, <c>{dir}</c> are filled in by <see cref="EngineRig.Config"/>).</summary>
internal static class Configs
{
    /// <summary>
    /// A fast trend strategy on real BTCUSDT minutes, live through the Binance US adapter at the emulator, sending passive
    /// limit orders (50 bps away) that rest at the venue until a test trades against them.
    /// </summary>
    public const string LiveTrend = """
        engine: { mode: live, journal: "{dir}/journal", on_shutdown: keep }
        strategies:
          - { name: btc_trend, type: trend, asset_class: crypto, venue: binanceus, symbols: [BTCUSDT], fast: 2, slow: 4, allow_short: false }
        brokers:
          binanceus: { asset_classes: [crypto], mode: live, api_key_env: EMU_KEY, api_secret_env: EMU_SECRET, base_url: "{url}", quote_asset: USDT, timeout: 5s }
        data:
          sources:
            binanceus: { type: binanceus, base_url: "{url}" }
        execution:
          order_type: limit
          limit_offset_bps: -50
          stale_after: 1h
          ack_timeout: 3s
          sizing: { type: fixed_notional, notional: 1000 }
        risk: { max_orders_per_minute: 1000, max_drawdown: 0.5 }
        """;

    /// <summary>The same strategy on Sextant's simulated venue (plain paper), market orders.</summary>
    public const string PaperTrend = """
        engine: { mode: paper, journal: "{dir}/journal", on_shutdown: keep }
        strategies:
          - { name: btc_trend, type: trend, asset_class: crypto, venue: binanceus, symbols: [BTCUSDT], fast: 2, slow: 4, allow_short: false }
        brokers:
          binanceus: { asset_classes: [crypto], quote_asset: USDT, starting_cash: 100000 }
        data:
          sources:
            binanceus: { type: binanceus, base_url: "{url}" }
        execution:
          sizing: { type: fixed_notional, notional: 1000 }
        risk: { max_orders_per_minute: 1000 }
        """;
}
