using System.Diagnostics.CodeAnalysis;

namespace Sextant.Core.Signals;

/// <summary>
/// A signal's metadata as an immutable, ordinal-keyed dictionary kept in two small arrays, in the order the entries were
/// given (a strategy emits a handful of keys per signal; a linear search over them is faster than hashing and this costs
/// two arrays instead of a hash table). A <see cref="Signal"/> given one keeps it as is rather than copying it, and
/// <see cref="With"/> makes the variant for the next leg of a pair sharing the keys.
/// </summary>
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "Named for what it holds, like Signal.Metadata.")]
public sealed class SignalMetadata : IReadOnlyDictionary<string, object>
{
    private readonly string[] _keys;
    private readonly object[] _values;

    private SignalMetadata(string[] keys, object[] values)
    {
        _keys = keys;
        _values = values;
    }

    /// <summary>No entries.</summary>
    public static SignalMetadata Empty { get; } = new([], []);

    /// <inheritdoc />
    public int Count => _keys.Length;

    /// <inheritdoc />
    public IEnumerable<string> Keys => _keys;

    /// <inheritdoc />
    public IEnumerable<object> Values => _values;

    /// <inheritdoc />
    public object this[string key] => TryGetValue(key, out var value)
        ? value
        : throw new KeyNotFoundException($"Signal metadata has no key '{key}'; keys: {string.Join(", ", _keys)}");

    /// <summary>The entries of <paramref name="entries"/>, in order; a repeated key keeps its first place and its last value. Throws for a null key (a signal reports a value of a type it does not allow).</summary>
    public static SignalMetadata Of(ReadOnlySpan<KeyValuePair<string, object>> entries)
    {
        var keys = new string[entries.Length];
        var values = new object[entries.Length];
        var count = 0;
        foreach (var (key, value) in entries)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(entries));
            var at = Array.IndexOf(keys, key, 0, count); // ordinal: string equality
            if (at >= 0)
            {
                values[at] = value;
            }
            else
            {
                keys[count] = key;
                values[count++] = value;
            }
        }

        return count == keys.Length ? new SignalMetadata(keys, values) : new SignalMetadata(keys[..count], values[..count]);
    }

    /// <summary>An immutable copy of <paramref name="entries"/> (this instance itself when it already is one).</summary>
    public static SignalMetadata From(IReadOnlyDictionary<string, object> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries is SignalMetadata metadata)
        {
            return metadata;
        }

        var keys = new string[entries.Count];
        var values = new object[entries.Count];
        var i = 0;
        foreach (var (key, value) in entries)
        {
            keys[i] = key;
            values[i++] = value;
        }

        return new SignalMetadata(keys, values);
    }

    /// <summary>This metadata with <paramref name="key"/> set to <paramref name="value"/> (replaced in place, or added at the end); the keys are shared when the key exists.</summary>
    public SignalMetadata With(string key, object value)
    {
        var at = IndexOf(key);
        var values = new object[at >= 0 ? _values.Length : _values.Length + 1];
        _values.CopyTo(values, 0);
        if (at >= 0)
        {
            values[at] = value;
            return new SignalMetadata(_keys, values);
        }

        values[^1] = value;
        return new SignalMetadata([.. _keys, key], values);
    }

    /// <inheritdoc />
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object value)
    {
        var at = IndexOf(key);
        value = at >= 0 ? _values[at] : null;
        return at >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, object>(_keys[i], _values[i]);
        }
    }

    /// <inheritdoc />
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The key at <paramref name="index"/> (0 ≤ index &lt; <see cref="Count"/>), in order; with <see cref="ValueAt"/>, reads the entries without an enumerator.</summary>
    public string KeyAt(int index) => _keys[index];

    /// <summary>The value at <paramref name="index"/>.</summary>
    public object ValueAt(int index) => _values[index];

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var keys = _keys;
        for (var i = 0; i < keys.Length; i++)
        {
            if (string.Equals(keys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
