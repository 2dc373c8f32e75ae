using Sextant.Config.Validation;

namespace Sextant.Config.Tree;

/// <summary>Merges configuration layers: mappings merge key by key, anything else (values and lists) is replaced whole by the upper layer.</summary>
public static class TreeMerger
{
    /// <summary>Returns <paramref name="upper"/> laid over <paramref name="lower"/>. Neither input is changed.</summary>
    public static ConfigNode Merge(ConfigNode? lower, ConfigNode upper)
    {
        ArgumentNullException.ThrowIfNull(upper);
        if (lower is not MapNode lowerMap || upper is not MapNode upperMap)
        {
            return upper;
        }

        var merged = new MapNode(upperMap.Origin);
        foreach (var entry in lowerMap.Entries)
        {
            merged.Set(entry.Key, entry.Value, lowerMap.KeyOrigin(entry.Key));
        }

        foreach (var entry in upperMap.Entries)
        {
            merged.Set(entry.Key, Merge(merged.Get(entry.Key), entry.Value), upperMap.KeyOrigin(entry.Key));
        }

        return merged;
    }

    /// <summary>Sets the node at <paramref name="path"/> inside <paramref name="root"/>, creating mappings on the way. A list index may address an existing item or append one past the end. Problems are reported with <paramref name="origin"/>.</summary>
    public static void SetPath(MapNode root, ConfigPath path, ConfigNode value, ConfigOrigin origin, List<ConfigProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(problems);
        ConfigNode current = root;
        var walked = string.Empty;
        for (var i = 0; i < path.Segments.Count; i++)
        {
            var segment = path.Segments[i];
            var last = i == path.Segments.Count - 1;
            var nextIsIndex = !last && path.Segments[i + 1] is int;
            if (segment is string key)
            {
                if (current is not MapNode map)
                {
                    // A list item is addressed by its index in brackets: `strategies[0].lookback`, not `strategies.0.lookback`.
                    var hint = current is SequenceNode && int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                        ? $"; write {walked}[{n}] for its item {n}"
                        : string.Empty;
                    problems.Add(new ConfigProblem(walked, $"is {current.KindName}, so it has no key '{key}'{hint}", origin));
                    return;
                }

                walked = Check.Path(walked, key);
                if (last)
                {
                    map.Set(key, TreeMerger.Merge(map.Get(key), value), origin);
                    return;
                }

                var child = map.Get(key);
                if (child is null || (child is ScalarNode { Value: null }))
                {
                    child = nextIsIndex ? new SequenceNode(origin) : new MapNode(origin);
                    map.Set(key, child, origin);
                }

                current = child;
            }
            else
            {
                var index = (int)segment;
                if (current is not SequenceNode list)
                {
                    problems.Add(new ConfigProblem(walked, $"is {current.KindName}, not a list, so [{index}] does not apply", origin));
                    return;
                }

                if (index > list.Items.Count)
                {
                    problems.Add(new ConfigProblem(walked, $"has {list.Items.Count} item(s); index {index} is out of range (use {list.Items.Count} to append)", origin));
                    return;
                }

                walked = Check.Index(walked, index);
                if (index == list.Items.Count)
                {
                    list.Items.Add(last ? value : nextIsIndex ? new SequenceNode(origin) : new MapNode(origin));
                }

                if (last)
                {
                    list.Items[index] = TreeMerger.Merge(list.Items[index], value);
                    return;
                }

                current = list.Items[index];
            }
        }
    }
}
