using Microsoft.Extensions.Logging;

namespace Sextant.Emulator;

/// <summary>How the emulator starts. The key and secret are test credentials that it accepts for both venues.</summary>
public sealed record EmulatorOptions
{
    /// <summary>The default port of <c>sextant emulator</c>.</summary>
    public const int DefaultPort = 8765;

    /// <summary>The API key it accepts when none is given (a test credential, safe to print).</summary>
    public const string DefaultKey = "sextant-emulator-key";

    /// <summary>The API secret it accepts when none is given (a test credential, safe to print).</summary>
    public const string DefaultSecret = "sextant-emulator-secret";

    /// <summary>TCP port on 127.0.0.1; 0 picks a free one (tests). Default <see cref="DefaultPort"/>.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>Seconds of bars replayed per wall-clock second (600 = ten minutes per second); 0 stops the replay clock so prices move only on request. Default 60.</summary>
    public double Speed { get; init; } = 60;

    /// <summary>The API key accepted by both venues.</summary>
    public string Key { get; init; } = DefaultKey;

    /// <summary>The API secret accepted by both venues (Binance HMAC key, Alpaca secret header).</summary>
    public string Secret { get; init; } = DefaultSecret;

    /// <summary>Seed of the random walks and generated ids. Default 7.</summary>
    public int Seed { get; init; } = 7;

    /// <summary>Bars of each series revealed as history at start (what <c>klines</c> returns before the clock moves). Default 500.</summary>
    public int History { get; init; } = 500;

    /// <summary>Clock for server time, order times and the replay loop. Default the system clock.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Binance US REQUEST_WEIGHT per minute; null lifts it (benchmarks that send thousands of orders a minute). Default 1200, as the venue.</summary>
    public int? RequestWeightLimit { get; init; } = 1200;

    /// <summary>
    /// Alpaca requests per minute, counted apart for the trading API and the market-data API as the venue does (200 each
    /// on the free plan), reported in <c>X-RateLimit-Limit/Remaining/Reset</c>; a request over it is answered 429. Null
    /// lifts it (benchmarks). Default 200.
    /// </summary>
    public int? AlpacaRequestLimit { get; init; } = 200;

    /// <summary>
    /// Kestrel runs requests on the socket threads instead of handing them to the thread pool (one thread wake fewer per
    /// request): for latency benchmarks, where the emulator stands in for a venue whose own speed is not what is measured.
    /// Default false.
    /// </summary>
    public bool InlineScheduling { get; init; }

    /// <summary>Timestamps of stream sends and order arrivals for latency benchmarks; default none (nothing is recorded).</summary>
    public LatencyProbe? Probe { get; init; }

    /// <summary>Where the emulator logs; default nowhere.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }
}
