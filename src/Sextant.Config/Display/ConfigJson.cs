using System.Collections;
using System.Text.Json.Nodes;
using Sextant.Config.Binding;

namespace Sextant.Config.Display;

/// <summary>Turns config records into a JSON tree with the same keys and value spellings as the YAML (snake_case keys, <c>30s</c> durations, snake_case enums).</summary>
public static class ConfigJson
{
    /// <summary>The JSON form of a config record, list, dictionary or scalar.</summary>
    public static JsonNode? ToJson(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case bool b:
                return JsonValue.Create(b);
            case int i:
                return JsonValue.Create(i);
            case long l:
                return JsonValue.Create(l);
            case double d:
                return JsonValue.Create(d);
            case decimal m:
                return JsonValue.Create(m);
            case string s:
                return JsonValue.Create(s);
            case IDictionary dictionary:
                var map = new JsonObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    map[(string)entry.Key] = ToJson(entry.Value);
                }

                return map;
            case IEnumerable list when value is not string:
                var array = new JsonArray();
                foreach (var item in list)
                {
                    array.Add(ToJson(item));
                }

                return array;
            default:
                var type = value.GetType();
                if (ScalarConverter.IsScalar(type))
                {
                    return JsonValue.Create(ScalarConverter.Format(value));
                }

                var record = new JsonObject();
                foreach (var property in Naming.PropertiesOf(type))
                {
                    record[Naming.KeyOf(property)] = ToJson(property.GetValue(value));
                }

                return record;
        }
    }
}
