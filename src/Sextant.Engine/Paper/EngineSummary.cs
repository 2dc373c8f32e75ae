namespace Sextant.Engine.Paper;

/// <summary>Where one broker stands at the end of a run (quote-asset amounts).</summary>
public sealed record BrokerSummary(string Broker, string QuoteAsset, decimal StartingCash, decimal Equity, decimal Cash, decimal RealizedPnl, decimal UnrealizedPnl, decimal Fees, int Orders, int Fills, int OpenOrders);

/// <summary>What a paper run did: bars seen, signals, and each broker plus the total (stablecoins counted 1:1 with USD).</summary>
public sealed record EngineSummary(long Bars, int Signals, IReadOnlyList<BrokerSummary> Brokers, TimeSpan Elapsed)
{
    /// <summary>The sum over brokers.</summary>
    public BrokerSummary Total => new("total", "USD", Brokers.Sum(b => b.StartingCash), Brokers.Sum(b => b.Equity), Brokers.Sum(b => b.Cash),
        Brokers.Sum(b => b.RealizedPnl), Brokers.Sum(b => b.UnrealizedPnl), Brokers.Sum(b => b.Fees), Brokers.Sum(b => b.Orders), Brokers.Sum(b => b.Fills), Brokers.Sum(b => b.OpenOrders));
}
