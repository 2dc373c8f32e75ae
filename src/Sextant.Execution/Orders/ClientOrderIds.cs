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
        var prefix = Prefix(strategy);

        // Formatted into a stack buffer (made on every order): prefix (at most 13), '-', at most 16 hex digits, '-', two ints.
        Span<char> text = stackalloc char[64];
        prefix.CopyTo(text);
        var length = prefix.Length;
        text[length++] = '-';
        signalSequence.TryFormat(text[length..], out var written, "x", CultureInfo.InvariantCulture);
        length += written;
        text[length++] = '-';
        leg.TryFormat(text[length..], out written, default, CultureInfo.InvariantCulture);
        length += written;
        text[length++] = '-';
        attempt.TryFormat(text[length..], out written, default, CultureInfo.InvariantCulture);
        length += written;
        return new ClientOrderId(new string(text[..length]));
    }

    /// <summary>Reads the signal sequence, leg and attempt back out of an id made by <see cref="Create"/>; false for any other id.</summary>
    public static bool TryParse(ClientOrderId id, out long signalSequence, out int leg, out int attempt)
    {
        signalSequence = 0;
        leg = 0;
        attempt = 0;
        // The last three '-'-separated fields (a strategy prefix may hold dashes of its own), read in place: the journal
        // parses every order request's id, and splitting it made an array and four strings.
        var text = (id.Value ?? string.Empty).AsSpan();
        return Last(ref text, out var attemptText) && Last(ref text, out var legText) && Last(ref text, out var sequenceText)
            && long.TryParse(sequenceText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out signalSequence)
            && int.TryParse(legText, NumberStyles.None, CultureInfo.InvariantCulture, out leg)
            && int.TryParse(attemptText, NumberStyles.None, CultureInfo.InvariantCulture, out attempt);

        static bool Last(ref ReadOnlySpan<char> rest, out ReadOnlySpan<char> field)
        {
            var dash = rest.LastIndexOf('-');
            field = dash < 0 ? default : rest[(dash + 1)..];
            rest = dash < 0 ? default : rest[..dash];
            return dash >= 0;
        }
    }

    /// <summary>The id prefix of <paramref name="strategy"/>'s orders (<c>btc_eth_pair-</c>), to tell our orders at a venue from others.</summary>
    public static string PrefixOf(StrategyId strategy) => Prefix(strategy) + "-";

    // The last long name's prefix, per thread: a strategy's orders come one after another, and its hash need not be made for each.
    [ThreadStatic]
    private static (string? Name, string? Prefix) _lastLong;

    private static string Prefix(StrategyId strategy)
    {
        var name = strategy.Value;
        if (name.Length <= 12)
        {
            return name;
        }

        if (!ReferenceEquals(_lastLong.Name, name))
        {
            _lastLong = (name, name[..8] + StableHash(name));
        }

        return _lastLong.Prefix!;
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
