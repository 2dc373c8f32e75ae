using System.Globalization;
using System.Text;

namespace Sextant.Config.Tree;

/// <summary>A path into the configuration tree: <c>strategies[0].entry_z</c>, or from the environment <c>SEXTANT__STRATEGIES__0__ENTRY_Z</c>.</summary>
public sealed class ConfigPath
{
    /// <summary>The prefix of environment variables that override configuration values.</summary>
    public const string EnvironmentPrefix = "SEXTANT__";

    private ConfigPath(IReadOnlyList<object> segments) => Segments = segments;

    /// <summary>Each segment is a <see cref="string"/> key or an <see cref="int"/> list index.</summary>
    public IReadOnlyList<object> Segments { get; }

    /// <summary>Parses <c>a.b[0].c</c>; returns null and an error for anything else.</summary>
    public static ConfigPath? TryParse(string text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var segments = new List<object>();
        var i = 0;
        error = null;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && text[i] is not ('.' or '['))
            {
                i++;
            }

            if (i == start)
            {
                error = $"empty key at position {start + 1} in '{text}'; write keys like strategies[0].entry_z";
                return null;
            }

            segments.Add(text[start..i]);
            while (i < text.Length && text[i] == '[')
            {
                var close = text.IndexOf(']', i);
                if (close < 0 || !int.TryParse(text.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    error = $"list index at position {i + 1} in '{text}' must be a whole number in brackets, like [0]";
                    return null;
                }

                segments.Add(index);
                i = close + 1;
            }

            if (i < text.Length)
            {
                if (text[i] != '.')
                {
                    error = $"expected '.' or '[' at position {i + 1} in '{text}'";
                    return null;
                }

                i++;
                if (i == text.Length)
                {
                    error = $"'{text}' ends with '.'";
                    return null;
                }
            }
        }

        if (segments.Count == 0)
        {
            error = "the path is empty; write keys like backtesting.capital";
            return null;
        }

        return new ConfigPath(segments);
    }

    /// <summary>Turns <c>SEXTANT__BACKTESTING__CAPITAL</c> into <c>backtesting.capital</c>: keys lower-cased, numeric segments list indexes.</summary>
    public static ConfigPath? FromEnvironmentVariable(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!name.StartsWith(EnvironmentPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = name[EnvironmentPrefix.Length..].Split("__");
        if (parts.Any(p => p.Length == 0))
        {
            return null;
        }

        var segments = parts.Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? (object)index
            : p.ToLowerInvariant()).ToList();
        return segments[0] is string ? new ConfigPath(segments) : null;
    }

    /// <summary>The dotted form, <c>strategies[0].entry_z</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var segment in Segments)
        {
            if (segment is int index)
            {
                text.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                if (text.Length > 0)
                {
                    text.Append('.');
                }

                text.Append((string)segment);
            }
        }

        return text.ToString();
    }
}
