using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Sextant.Core.Instruments;

/// <summary>
/// One string instance per distinct normalized text of the small, bounded sets of names (symbols, assets, strategy, broker
/// and venue ids). Every such value holds its pooled instance, so two equal values hold the same string: equality is a
/// reference comparison and the hash is the string's identity hash, instead of reading (and hashing) its characters on
/// every dictionary lookup of the order path. Order ids, one per order, are not pooled.
/// </summary>
internal static class TextPool
{
    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);

    /// <summary>The pooled instance equal to <paramref name="text"/> (the first one seen).</summary>
    public static string Intern(string text) => Pool.GetOrAdd(text, text);

    /// <summary>The hash of a pooled instance (or null): its identity, consistent with reference equality.</summary>
    public static int HashOf(string? pooled) => pooled is null ? 0 : RuntimeHelpers.GetHashCode(pooled);
}
