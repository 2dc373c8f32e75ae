using System.Globalization;
using Sextant.Core.Instruments;
using Sextant.Core.Orders;

namespace Sextant.Execution.Orders;

/// <summary>
/// Deterministic client order ids: the same (strategy, signal sequence, leg, attempt) always gives the same id, so a
/// resend after a crash or timeout is recognised by the venue as a duplicate instead of becoming a second order.
/// Fits Binance's rule (1-36 characters of letters, digits, '-' and '_').
/// </summary>
public static class ClientOrderIds
{
    /// <summary>E.g. <c>btc_eth_pair-1f-0-1</c>: a strategy prefix (names longer than 12 characters become their first 8 plus a 4-digit hash of the whole name, so two long names do not collide), the signal sequence in hex, the leg and the attempt.</summary>
    public static ClientOrderId Create(StrategyId strategy, long signalSequence, int leg, int attempt)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(signalSequence);
        ArgumentOutOfRangeException.ThrowIfNegative(leg);
        ArgumentOutOfRangeException.ThrowIfNegative(attempt);
        var prefix = strategy.Value.Length <= 12 ? strategy.Value : strategy.Value[..8] + StableHash(strategy.Value);
        return new ClientOrderId(string.Create(CultureInfo.InvariantCulture, $"{prefix}-{signalSequence:x}-{leg}-{attempt}"));
    }

    // FNV-1a folded to 16 bits: stable across processes and runs, unlike string.GetHashCode.
    private static string StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return ((hash >> 16) ^ (hash & 0xFFFF)).ToString("x4", CultureInfo.InvariantCulture);
    }
}
