namespace Sextant.Data.Corporate;

/// <summary>One row of a Lean map file: <see cref="Ticker"/> was in use up to and including <see cref="Date"/> (New York); <see cref="Exchange"/> is Lean's code (Q Nasdaq, N NYSE, P NYSE Arca).</summary>
public readonly record struct MapRow(DateOnly Date, string Ticker, string Exchange);
