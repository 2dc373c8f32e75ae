using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Sextant.Config.Loading;
using Sextant.Config.Tree;
using Sextant.Config.Validation;

namespace Sextant.Config.Display;

/// <summary>Prints an effective configuration as YAML that loads back to the same values, with the origin of every value as a trailing comment.</summary>
public static partial class ConfigPrinter
{
    private const int CommentColumn = 52;

    /// <summary>The YAML text. Settings that name secret variables (<c>*_env</c>) say whether the variable is set, never its value.</summary>
    public static string ToYaml(LoadedConfig loaded, IReadOnlyDictionary<string, string>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var text = new StringBuilder();
        text.Append("# effective configuration: ")
            .Append(string.Join(" ◄ ", loaded.Files.Prepend("defaults").Append("environment").Append("--set")))
            .Append('\n');
        var root = (JsonObject)ConfigJson.ToJson(loaded.Config)!;
        new Writer(loaded, environment, text).WriteObject(root, string.Empty, 0);
        return text.ToString();
    }

    private sealed class Writer(LoadedConfig loaded, IReadOnlyDictionary<string, string>? environment, StringBuilder text)
    {
        public void WriteObject(JsonObject obj, string path, int indent)
        {
            var first = true;
            foreach (var (key, value) in obj)
            {
                WriteEntry(key, value, Check.Path(path, key), indent, first ? null : new string(' ', indent));
                first = false;
            }
        }

        // prefix: what goes before the key on its line (indentation, or "- " for the first key of a list item).
        private void WriteEntry(string key, JsonNode? value, string path, int indent, string? prefix)
        {
            var lead = prefix ?? new string(' ', indent);
            switch (value)
            {
                case JsonObject obj when obj.Count > 0:
                    Header(lead + key + ":");
                    WriteObject(obj, path, indent + 2);
                    break;
                case JsonArray array when array.Count > 0 && array.Any(i => i is JsonObject):
                    Header(lead + key + ":");
                    for (var i = 0; i < array.Count; i++)
                    {
                        var itemPath = Check.Index(path, i);
                        if (array[i] is JsonObject item && item.Count > 0)
                        {
                            var firstEntry = true;
                            foreach (var (childKey, childValue) in item)
                            {
                                WriteEntry(childKey, childValue, Check.Path(itemPath, childKey), indent + 4,
                                    firstEntry ? new string(' ', indent + 2) + "- " : null);
                                firstEntry = false;
                            }
                        }
                        else
                        {
                            Line(new string(' ', indent + 2) + "- " + Flow(array[i]), itemPath);
                        }
                    }

                    break;
                default:
                    Line(lead + key + ": " + Flow(value), path, SecretNote(key, value));
                    break;
            }
        }

        private string? SecretNote(string key, JsonNode? value)
        {
            if (environment is null || !key.EndsWith("_env", StringComparison.Ordinal) || value is not JsonValue v || !v.TryGetValue<string>(out var name))
            {
                return null;
            }

            return Secrets.IsSet(environment, name) ? "variable is set" : "variable is not set";
        }

        // Sections carry no origin of their own: each value below says where it came from.
        private void Header(string content) => text.Append(content).Append('\n');

        private void Line(string content, string path, string? note = null)
        {
            var origin = loaded.OriginOf(path);
            var comment = origin.Layer == ConfigLayer.Default && note is null ? "default" : origin.ToString();
            if (note is not null)
            {
                comment += "; " + note;
            }

            text.Append(content);
            text.Append(' ', Math.Max(1, CommentColumn - content.Length));
            text.Append("# ").Append(comment).Append('\n');
        }
    }

    private static string Flow(JsonNode? value) => value switch
    {
        null => "null",
        JsonArray array => "[" + string.Join(", ", array.Select(Flow)) + "]",
        JsonObject obj => "{" + string.Join(", ", obj.Select(e => e.Key + ": " + Flow(e.Value))) + "}",
        JsonValue v when v.TryGetValue<string>(out var s) => Quote(s),
        _ => value.ToJsonString(),
    };

    private static string Quote(string text) =>
        PlainText().IsMatch(text) && !YamlTreeReader.IsNullText(text) && text is not ("true" or "false" or "True" or "False")
            && !double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out _)
            ? text
            : "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex(@"^[A-Za-z0-9_./][A-Za-z0-9_./+-]*$")]
    private static partial Regex PlainText();
}
