using Sextant.Core.Instruments;
using Sextant.Core.Time;

namespace Sextant.Data.Sources;

/// <summary>Kinds of market events.</summary>
public enum MarketEventKind
{
    /// <summary>A stock split; <see cref="MarketEvent.Value"/> is the factor (2 for a 2-for-1 split).</summary>
    Split,

    /// <summary>A cash dividend; <see cref="MarketEvent.Value"/> is the amount per share.</summary>
    Dividend,

    /// <summary>A listing or symbol change; <see cref="MarketEvent.Text"/> says which.</summary>
    Listing,

    /// <summary>A perpetual funding payment; <see cref="MarketEvent.Value"/> is the rate.</summary>
    Funding,

    /// <summary>A news item; <see cref="MarketEvent.Text"/> holds the headline.</summary>
    News,
}

/// <summary>An event that affects a symbol at a time (UTC), e.g. a split effective at the open of its ex-date.</summary>
public sealed record MarketEvent(Symbol Symbol, UnixNanos Time, MarketEventKind Kind, decimal? Value, string? Text);
