using Sextant.Core.Instruments;

namespace Sextant.Brokers.BinanceUs;

/// <summary>A symbol's commission rates as fractions (0.001 = 0.1 %), from <c>/sapi/v1/asset/query/trading-fee</c>.</summary>
public sealed record TradingFee(Symbol Symbol, decimal Maker, decimal Taker);
