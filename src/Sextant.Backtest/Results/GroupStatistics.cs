namespace Sextant.Backtest.Results;

/// <summary>Trade statistics of one strategy (<c>Kind = "strategy"</c>) or one pair or symbol book of a strategy (<c>Kind = "book"</c>).</summary>
public sealed record GroupStatistics(string Kind, string Strategy, string Name, TradeStatistics Trades);
