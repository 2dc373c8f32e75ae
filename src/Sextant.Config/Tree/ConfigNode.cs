namespace Sextant.Config.Tree;

/// <summary>A node of a configuration document that remembers where it came from. The hierarchy merges these trees before anything is bound to records.</summary>
public abstract class ConfigNode
{
    private protected ConfigNode(ConfigOrigin origin) => Origin = origin;

    /// <summary>Where this node was written.</summary>
    public ConfigOrigin Origin { get; }

    /// <summary>A short name of the node's kind for error messages ("a mapping", "a list", "a value").</summary>
    public abstract string KindName { get; }
}

/// <summary>A scalar: the text as written, or null for <c>~</c>, <c>null</c> or an empty value.</summary>
public sealed class ScalarNode(string? value, ConfigOrigin origin, bool quoted = false) : ConfigNode(origin)
{
    /// <summary>The scalar text; null when the YAML value is null.</summary>
    public string? Value { get; } = value;

    /// <summary>True when the scalar was quoted in YAML, so <c>"null"</c> stays a string.</summary>
    public bool Quoted { get; } = quoted;

    /// <inheritdoc />
    public override string KindName => Value is null ? "null" : "a value";
}

/// <summary>An ordered mapping of keys to nodes.</summary>
public sealed class MapNode(ConfigOrigin origin) : ConfigNode(origin)
{
    private readonly List<KeyValuePair<string, ConfigNode>> _entries = [];
    private readonly Dictionary<string, ConfigOrigin> _keyOrigins = new(StringComparer.Ordinal);

    /// <summary>Entries in document order.</summary>
    public IReadOnlyList<KeyValuePair<string, ConfigNode>> Entries => _entries;

    /// <inheritdoc />
    public override string KindName => "a mapping";

    /// <summary>The node stored under <paramref name="key"/>, or null.</summary>
    public ConfigNode? Get(string key)
    {
        foreach (var entry in _entries)
        {
            if (entry.Key == key)
            {
                return entry.Value;
            }
        }

        return null;
    }

    /// <summary>Where <paramref name="key"/> itself was written (for "unknown key" messages); falls back to the value's origin.</summary>
    public ConfigOrigin KeyOrigin(string key) =>
        _keyOrigins.TryGetValue(key, out var origin) ? origin : Get(key)?.Origin ?? Origin;

    /// <summary>Adds or replaces the node under <paramref name="key"/>, keeping the first position of the key.</summary>
    public void Set(string key, ConfigNode node, ConfigOrigin? keyOrigin = null)
    {
        ArgumentNullException.ThrowIfNull(node);
        _keyOrigins[key] = keyOrigin ?? node.Origin;
        for (var i = 0; i < _entries.Count; i++)
        {
            if (_entries[i].Key == key)
            {
                _entries[i] = new(key, node);
                return;
            }
        }

        _entries.Add(new(key, node));
    }

    /// <summary>Removes <paramref name="key"/>; returns the removed node or null.</summary>
    public ConfigNode? Remove(string key)
    {
        for (var i = 0; i < _entries.Count; i++)
        {
            if (_entries[i].Key == key)
            {
                var node = _entries[i].Value;
                _entries.RemoveAt(i);
                return node;
            }
        }

        return null;
    }
}

/// <summary>A list of nodes.</summary>
public sealed class SequenceNode(ConfigOrigin origin) : ConfigNode(origin)
{
    /// <summary>The items in document order.</summary>
    public List<ConfigNode> Items { get; } = [];

    /// <inheritdoc />
    public override string KindName => "a list";
}
