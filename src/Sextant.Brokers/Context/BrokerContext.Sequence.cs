using Sextant.Core.Instruments;

namespace Sextant.Brokers.Context;

public sealed partial class BrokerContext
{
    /// <summary>The last signal sequence number used for <paramref name="strategy"/> (0 before its first signal); the next signal gets this plus one.</summary>
    public long LastSequence(StrategyId strategy) => _signalSequence.GetValueOrDefault(strategy);

    /// <summary>
    /// Continues <paramref name="strategy"/>'s signal sequence after <paramref name="last"/> (from the journal after a restart),
    /// so new orders never reuse a client order id the venue has seen. Never moves a sequence backwards.
    /// </summary>
    public void ResumeSequence(StrategyId strategy, long last)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(last);
        if (last > _signalSequence.GetValueOrDefault(strategy))
        {
            _signalSequence[strategy] = last;
        }
    }
}
