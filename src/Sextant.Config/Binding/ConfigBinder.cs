using System.Collections;
using System.Reflection;
using Sextant.Config.Tree;
using Sextant.Config.Validation;

namespace Sextant.Config.Binding;

/// <summary>
/// Binds a merged <see cref="ConfigNode"/> tree to immutable config records, collecting every problem
/// (unknown keys, wrong types, missing values) with the origin of the offending node instead of stopping
/// at the first one, and recording where every bound value came from.
/// </summary>
public sealed class ConfigBinder
{
    private readonly NullabilityInfoContext _nullability = new();
    private readonly List<ConfigProblem> _problems;
    private readonly Dictionary<string, ConfigOrigin> _origins;

    /// <summary>Creates a binder that appends to <paramref name="problems"/> and <paramref name="origins"/>.</summary>
    public ConfigBinder(List<ConfigProblem> problems, Dictionary<string, ConfigOrigin> origins)
    {
        _problems = problems;
        _origins = origins;
    }

    /// <summary>Binds <paramref name="node"/> (null = nothing written) to a new <typeparamref name="T"/>.</summary>
    public T Bind<T>(ConfigNode? node)
        where T : class, new() => (T?)Bind(node, typeof(T), string.Empty, allowNull: false) ?? new T();

    private object? Bind(ConfigNode? node, Type type, string path, bool allowNull)
    {
        if (node is not null)
        {
            _origins[path] = node.Origin;
        }

        var underlying = Nullable.GetUnderlyingType(type);
        if (node is null or ScalarNode { Value: null })
        {
            if (underlying is not null || allowNull)
            {
                return null;
            }

            if (IsRecord(type) && !type.IsAbstract)
            {
                return Activator.CreateInstance(type);
            }

            if (ListElement(type) is { } emptyElement)
            {
                return Array.CreateInstance(emptyElement, 0);
            }

            Problem(path, "must have a value: expected " + Expected(type), node?.Origin);
            return null;
        }

        type = underlying ?? type;
        if (ScalarConverter.IsScalar(type))
        {
            return BindScalar(node, type, path);
        }

        if (ListElement(type) is { } element)
        {
            return BindList(node, element, path);
        }

        if (DictionaryValue(type) is { } valueType)
        {
            return BindDictionary(node, valueType, path);
        }

        return BindRecord(node, type, path);
    }

    private object? BindScalar(ConfigNode node, Type type, string path)
    {
        if (node is not ScalarNode { Value: { } text })
        {
            Problem(path, $"expected {ScalarConverter.Describe(type)}, found {node.KindName}", node.Origin);
            return null;
        }

        if (ScalarConverter.TryConvert(text, type, out var value, out var expected))
        {
            return value;
        }

        Problem(path, $"expected {expected}, was '{text}'", node.Origin);
        return null;
    }

    private Array? BindList(ConfigNode node, Type element, string path)
    {
        if (node is not SequenceNode sequence)
        {
            Problem(path, $"expected a list, found {node.KindName}", node.Origin);
            return null;
        }

        // An item that cannot be bound leaves the whole list unbound (its problem is reported), so that
        // validation never sees a hole and never reports later items under shifted indexes.
        var array = Array.CreateInstance(element, sequence.Items.Count);
        var complete = true;
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var item = Bind(sequence.Items[i], element, Check.Index(path, i), allowNull: false);
            if (item is null)
            {
                complete = false;
                continue;
            }

            array.SetValue(item, i);
        }

        return complete ? array : null;
    }

    private IDictionary? BindDictionary(ConfigNode node, Type valueType, string path)
    {
        if (node is not MapNode map)
        {
            Problem(path, $"expected a mapping of names to settings, found {node.KindName}", node.Origin);
            return null;
        }

        var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), valueType), StringComparer.Ordinal)!;
        foreach (var entry in map.Entries)
        {
            var value = Bind(entry.Value, valueType, Check.Path(path, entry.Key), allowNull: false);
            if (value is not null)
            {
                dictionary[entry.Key] = value;
            }
        }

        return dictionary;
    }

    private object? BindRecord(ConfigNode node, Type type, string path)
    {
        if (node is not MapNode map)
        {
            Problem(path, $"expected a mapping, found {node.KindName}", node.Origin);
            return null;
        }

        if (type.IsAbstract)
        {
            type = ResolveUnion(map, type, path)!;
            if (type is null)
            {
                return null;
            }
        }

        var record = Activator.CreateInstance(type)!;
        var properties = Naming.PropertiesOf(type).ToDictionary(Naming.KeyOf, StringComparer.Ordinal);
        foreach (var entry in map.Entries)
        {
            var childPath = Check.Path(path, entry.Key);
            if (!properties.TryGetValue(entry.Key, out var property))
            {
                UnknownKey(map, type, entry.Key, childPath, properties.Keys);
                continue;
            }

            var allowNull = !property.PropertyType.IsValueType
                && _nullability.Create(property).WriteState == NullabilityState.Nullable;
            var value = Bind(entry.Value, property.PropertyType, childPath, allowNull);
            if (value is not null || allowNull || Nullable.GetUnderlyingType(property.PropertyType) is not null)
            {
                property.SetValue(record, value);
            }
        }

        return record;
    }

    private Type? ResolveUnion(MapNode map, Type type, string path)
    {
        var union = type.GetCustomAttribute<ConfigUnionAttribute>()
            ?? throw new NotSupportedException($"{type.Name} is abstract but has no [ConfigUnion]");
        var cases = type.GetCustomAttributes<ConfigCaseAttribute>().ToList();
        var allowed = string.Join(", ", cases.Select(c => c.Value));
        var key = Check.Path(path, union.Discriminator);
        if (map.Get(union.Discriminator) is not ScalarNode { Value: { } value } node)
        {
            Problem(key, $"is required; allowed: {allowed}", map.Origin);
            return null;
        }

        var match = cases.FirstOrDefault(c => c.Value == value);
        if (match is null)
        {
            Problem(key, $"unknown {union.Discriminator} '{value}'; allowed: {allowed}", node.Origin);
            return null;
        }

        return match.Type;
    }

    private void UnknownKey(MapNode map, Type type, string key, string path, IEnumerable<string> allowed)
    {
        if (type.GetCustomAttributes<ConfigReplacedKeyAttribute>().FirstOrDefault(r => r.Key == key) is { } replaced)
        {
            Problem(path, $"'{key}' is no longer a key: {replaced.Replacement}", map.KeyOrigin(key));
            return;
        }

        var names = allowed.ToList();
        var closest = names.OrderBy(n => Naming.Distance(n, key)).FirstOrDefault();
        var hint = closest is not null && Naming.Distance(closest, key) <= Math.Max(2, key.Length / 3)
            ? $" (did you mean '{closest}'?)"
            : string.Empty;
        Problem(path, $"unknown key '{key}'{hint}; allowed: {string.Join(", ", names)}", map.KeyOrigin(key));
    }

    private void Problem(string path, string message, ConfigOrigin? origin) =>
        _problems.Add(new ConfigProblem(path, message, origin));

    private static string Expected(Type type) =>
        ScalarConverter.IsScalar(Nullable.GetUnderlyingType(type) ?? type)
            ? ScalarConverter.Describe(Nullable.GetUnderlyingType(type) ?? type)
            : "a mapping";

    private static bool IsRecord(Type type) => type.IsClass && type != typeof(string);

    private static Type? ListElement(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return type.GetGenericArguments()[0];
        }

        return null;
    }

    private static Type? DictionaryValue(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)
            && type.GetGenericArguments()[0] == typeof(string)
            ? type.GetGenericArguments()[1]
            : null;
}
