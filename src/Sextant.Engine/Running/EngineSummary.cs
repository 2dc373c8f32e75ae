namespace Sextant.Engine.Running;

/// <summary>Where one broker stands at the end of a run (quote-asset amounts), with its positions; <see cref="Halted"/> says why trading stopped there, if it did.</summary>
public sealed record BrokerSummary(string Broker, string QuoteAsset, string Venue, decimal StartingCash, decimal Equity, decimal Cash, decimal RealizedPnl,
    decimal UnrealizedPnl, decimal Fees, int Orders, int Fills, int OpenOrders, IReadOnlyList<PositionSummary> Positions, string? Halted = null, string? KillSwitch = null)
{
    /// <summary>Realized plus unrealized minus fees.</summary>
    public decimal NetPnl => RealizedPnl + UnrealizedPnl - Fees;
}

/// <summary>One strategy's signed position in one symbol at the end of a run (base units) and its average cost.</summary>
public sealed record PositionSummary(string Strategy, string Symbol, decimal Quantity, decimal AverageCost);

/// <summary>
/// One strategy's share of a run: the broker it trades on, the fraction of that broker's capital it is allocated and what
/// that was at the start, its signals, orders and fills, and its PnL from its own sub-ledger (fees included).
/// </summary>
public sealed record StrategySummary(string Strategy, string Broker, decimal Allocation, decimal Capital, int Signals, int Orders, int Fills,
    int RoundTrips, decimal RealizedPnl, decimal UnrealizedPnl, decimal Fees)
{
    /// <summary>Realized plus unrealized minus fees.</summary>
    public decimal NetPnl => RealizedPnl + UnrealizedPnl - Fees;

    /// <summary>Net PnL over the allocated capital (0 when none was allocated).</summary>
    public decimal Return => Capital == 0 ? 0m : NetPnl / Capital;
}

/// <summary>What a paper or live run did: bars seen, signals, each broker plus the total (stablecoins counted 1:1 with USD), and each strategy.</summary>
public sealed record EngineSummary(string Mode, long Bars, int Signals, IReadOnlyList<BrokerSummary> Brokers, IReadOnlyList<StrategySummary> Strategies, TimeSpan Elapsed)
{
    /// <summary>The sum over brokers.</summary>
    public BrokerSummary Total => new("total", "USD", "", Brokers.Sum(b => b.StartingCash), Brokers.Sum(b => b.Equity), Brokers.Sum(b => b.Cash),
        Brokers.Sum(b => b.RealizedPnl), Brokers.Sum(b => b.UnrealizedPnl), Brokers.Sum(b => b.Fees), Brokers.Sum(b => b.Orders), Brokers.Sum(b => b.Fills),
        Brokers.Sum(b => b.OpenOrders), []);
}
