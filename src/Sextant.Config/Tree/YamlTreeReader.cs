using Sextant.Config.Validation;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Sextant.Config.Tree;

/// <summary>Reads YAML text into a <see cref="ConfigNode"/> tree that keeps the file, line and column of every node.</summary>
public static class YamlTreeReader
{
    /// <summary>Parses one YAML document. Syntax errors and duplicate keys are added to <paramref name="problems"/>; the result is null when the text cannot be read at all.</summary>
    public static ConfigNode? Read(string text, string sourceName, List<ConfigProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(problems);
        var reader = new Reader(new Parser(new StringReader(text)), sourceName, problems);
        try
        {
            return reader.ReadStream();
        }
        catch (YamlException ex)
        {
            problems.Add(new ConfigProblem(string.Empty, "YAML syntax error: " + Clean(ex.Message),
                ConfigOrigin.InFile(sourceName, (int)ex.Start.Line, (int)ex.Start.Column)));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (not a YamlException) on some unterminated flow collections.
            problems.Add(new ConfigProblem(string.Empty, "YAML syntax error after this point: is a bracket, brace or quote left open?",
                ConfigOrigin.InFile(sourceName, (int)reader.LastMark.Line, (int)reader.LastMark.Column)));
            return null;
        }
    }

    /// <summary>Parses the value of an override (<c>--set</c> or an environment variable): flow lists and mappings (<c>[a, b]</c>, <c>{k: v}</c>) and quoted text are YAML, anything else is one scalar taken as written.</summary>
    public static ConfigNode ReadValue(string text, ConfigOrigin origin, List<ConfigProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length > 0 && trimmed[0] is '[' or '{' or '"' or '\'')
        {
            var local = new List<ConfigProblem>();
            var node = Read(trimmed, origin.Source, local);
            if (local.Count == 0 && node is not null)
            {
                return Reorigin(node, origin);
            }

            problems.AddRange(local.Select(p => p with { Origin = origin }));
        }

        return new ScalarNode(IsNullText(trimmed) ? null : trimmed, origin);
    }

    /// <summary>True for the YAML core-schema spellings of null.</summary>
    public static bool IsNullText(string text) => text is "" or "~" or "null" or "Null" or "NULL";

    private static ConfigNode Reorigin(ConfigNode node, ConfigOrigin origin)
    {
        switch (node)
        {
            case ScalarNode scalar:
                return new ScalarNode(scalar.Value, origin, scalar.Quoted);
            case SequenceNode sequence:
                var list = new SequenceNode(origin);
                list.Items.AddRange(sequence.Items.Select(item => Reorigin(item, origin)));
                return list;
            case MapNode map:
                var copy = new MapNode(origin);
                foreach (var entry in map.Entries)
                {
                    copy.Set(entry.Key, Reorigin(entry.Value, origin), origin);
                }

                return copy;
            default:
                throw new InvalidOperationException("Unknown node type " + node.GetType().Name);
        }
    }

    private static string Clean(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the origin already says where.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }

    private sealed class Reader(IParser parser, string source, List<ConfigProblem> problems)
    {
        private readonly Dictionary<string, ConfigNode> _anchors = new(StringComparer.Ordinal);

        public Mark LastMark { get; private set; } = Mark.Empty;

        public ConfigNode? ReadStream()
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode();
            parser.Consume<DocumentEnd>();
            if (!parser.TryConsume<StreamEnd>(out _))
            {
                var next = parser.Current!;
                problems.Add(new ConfigProblem(string.Empty, "only one YAML document per file is supported; remove the second '---'", Origin(next.Start)));
            }

            return root;
        }

        private ConfigOrigin Origin(Mark mark) => ConfigOrigin.InFile(source, (int)mark.Line, (int)mark.Column);

        private ConfigNode ReadNode()
        {
            if (parser.Current is { } current)
            {
                LastMark = current.Start;
            }

            if (parser.TryConsume<AnchorAlias>(out var alias))
            {
                if (_anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    return target;
                }

                problems.Add(new ConfigProblem(string.Empty, $"unknown alias *{alias.Value.Value}", Origin(alias.Start)));
                return new ScalarNode(null, Origin(alias.Start));
            }

            ConfigNode node;
            AnchorName anchor;
            if (parser.TryConsume<Scalar>(out var scalar))
            {
                var plain = scalar.Style is ScalarStyle.Plain or ScalarStyle.Any;
                var isNull = (plain && IsNullText(scalar.Value)) || (scalar.Tag.IsGlobal && scalar.Tag.Value == "tag:yaml.org,2002:null");
                node = new ScalarNode(isNull ? null : scalar.Value, Origin(scalar.Start), !plain);
                anchor = scalar.Anchor;
            }
            else if (parser.TryConsume<SequenceStart>(out var sequenceStart))
            {
                var sequence = new SequenceNode(Origin(sequenceStart.Start));
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    sequence.Items.Add(ReadNode());
                }

                node = sequence;
                anchor = sequenceStart.Anchor;
            }
            else
            {
                var mappingStart = parser.Consume<MappingStart>();
                node = ReadMapping(Origin(mappingStart.Start));
                anchor = mappingStart.Anchor;
            }

            if (!anchor.IsEmpty)
            {
                _anchors[anchor.Value] = node;
            }

            return node;
        }

        private MapNode ReadMapping(ConfigOrigin origin)
        {
            var map = new MapNode(origin);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyStart = parser.Current!.Start;
                var key = ReadNode();
                var value = ReadNode();
                if (key is not ScalarNode { Value: { } name })
                {
                    problems.Add(new ConfigProblem(string.Empty, "mapping keys must be plain names, found " + key.KindName, Origin(keyStart)));
                    continue;
                }

                if (map.Get(name) is { } first)
                {
                    problems.Add(new ConfigProblem(string.Empty, $"duplicate key '{name}' (first at line {first.Origin.Line}); remove one", Origin(keyStart)));
                    continue;
                }

                map.Set(name, value, Origin(keyStart));
            }

            return map;
        }
    }
}
